package io.tranchelab.ui.chains;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.analyze.NamedEdit;
import io.tranchelab.ui.edit.ChainEdits;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Chains window's state and decisions (docs/model.md §2.10, §5.5): the structure's chains,
 * each with its bridge and halts, and every change as one named, undoable edit of the structure.
 * A value out of range is refused here, naming the chain and the field; anything else the
 * validator objects to is refused with its words, at its pointer. The window never holds a copy
 * of the structure: it reads the document's current one, so undo and redo show at once.
 */
public final class ChainsEditorViewModel {

    /** What the bridge choice offers besides the structure's bridges. */
    public static final String NO_BRIDGE = "(no bridge)";
    public static final String NEW_BRIDGE = "New bridge";

    /** One chain as the window shows it. */
    public record Row(int index, String name, String bridge, boolean home, List<String> positions) {
    }

    private final Supplier<Structure> structure;
    private final NamedEdit editor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ChainsEditorViewModel(Supplier<Structure> structure, NamedEdit editor) {
        this.structure = structure;
        this.editor = editor;
    }

    public List<Row> rows() {
        Structure s = structure.get();
        Optional<String> home = ChainEdits.homeChain(s);
        List<Row> rows = new ArrayList<>();
        List<Chain> chains = s.crossChain().chains();
        for (int i = 0; i < chains.size(); i++) {
            Chain c = chains.get(i);
            rows.add(new Row(i, c.name(), c.bridge(), home.filter(c.name()::equals).isPresent(),
                    ChainEdits.positionsOn(s, c.name())));
        }
        return rows;
    }

    /**
     * What the window says above the chains: for a pool on one chain, how to make it cross-chain;
     * else what is on the unnamed home chain (empty when the home chain is listed or holds nothing).
     */
    public String emptyNote() {
        Structure s = structure.get();
        if (s.crossChain().chains().isEmpty()) {
            return "The pool is on one chain. Add a chain to make it cross-chain: the first chain added is the"
                    + " home chain (no bridge, no halts) and holds every position; the next ones are reached over"
                    + " bridges.";
        }
        List<String> home = s.positions().stream().map(p -> p.name())
                .filter(p -> s.crossChain().chainOf(p).isEmpty()).toList();
        return ChainEdits.homeChain(s).isPresent() || home.isEmpty() ? ""
                : "On the home chain (no bridge, never halts): " + String.join(", ", home) + ". A position's chain"
                + " is chosen in its parameters, or by dragging it onto a chain on the canvas.";
    }

    /** The options of a chain's bridge choice: none, each bridge of the structure, a new one. */
    public List<String> bridgeOptions() {
        List<String> options = new ArrayList<>();
        options.add(NO_BRIDGE);
        structure.get().crossChain().bridges().forEach(b -> options.add(b.name()));
        options.add(NEW_BRIDGE);
        return options;
    }

    /** The field's value as typed and shown ("0.10", "60.00 %"); blank for a bridge's field of a chain with none. */
    public String text(int chain, ChainField field) {
        Structure s = structure.get();
        Chain c = s.crossChain().chains().get(chain);
        Optional<Bridge> bridge = s.crossChain().bridge(c.bridge());
        if (field.ofBridge() && bridge.isEmpty()) {
            return "";
        }
        return field.unit().format(field.value(c, bridge.orElse(null)));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Adds a chain (the first one: the home chain, holding every position). */
    public boolean addChain() {
        Structure s = structure.get();
        if (s.crossChain().chains().size() >= Limits.MAX_CHAINS) {
            return refuse("A structure has at most " + Limits.MAX_CHAINS + " chains (/chains)");
        }
        boolean first = s.crossChain().chains().isEmpty();
        Structure next = ChainEdits.addChain(s);
        String added = next.crossChain().chains().get(next.crossChain().chains().size() - 1).name();
        return apply(next, first ? "Make cross-chain (add " + added + ")" : "Add chain " + added);
    }

    public boolean renameChain(int chain, String typed) {
        Structure s = structure.get();
        String old = s.crossChain().chains().get(chain).name();
        String name = typed == null ? "" : typed.strip();
        if (name.equals(old)) {
            return clear();
        }
        if (name.isEmpty()) {
            return refuse(old + ", name (" + pointer(chain) + "/name): must not be blank");
        }
        return apply(ChainEdits.renameChain(s, chain, name), "Rename chain " + old + " to " + name);
    }

    /** The positions that would move home if chain {@code chain} were removed. */
    public List<String> positionsOn(int chain) {
        Structure s = structure.get();
        return ChainEdits.positionsOn(s, s.crossChain().chains().get(chain).name());
    }

    /**
     * Removes a chain. One that holds positions is removed only when {@code movePositions} says
     * they go to the home chain (the window asks first); otherwise it is refused, naming them.
     */
    public boolean removeChain(int chain, boolean movePositions) {
        Structure s = structure.get();
        String name = s.crossChain().chains().get(chain).name();
        List<String> on = positionsOn(chain);
        if (!on.isEmpty() && !movePositions) {
            return refuse(name + " holds " + String.join(", ", on) + ": move " + (on.size() == 1 ? "it" : "them")
                    + " to another chain first, or remove the chain and move " + (on.size() == 1 ? "it" : "them")
                    + " to the home chain");
        }
        return apply(ChainEdits.removeChain(s, chain), "Remove chain " + name);
    }

    /** Chooses a chain's bridge: {@link #NO_BRIDGE}, one of the structure's, or {@link #NEW_BRIDGE}. */
    public boolean chooseBridge(int chain, String choice) {
        Structure s = structure.get();
        Chain c = s.crossChain().chains().get(chain);
        if (choice == null || choice.equals(c.bridge()) || NO_BRIDGE.equals(choice) && !c.bridged()) {
            return clear();
        }
        if (NEW_BRIDGE.equals(choice)) {
            if (s.crossChain().bridges().size() >= Limits.MAX_BRIDGES) {
                return refuse("A structure has at most " + Limits.MAX_BRIDGES + " bridges (/bridges)");
            }
            return apply(ChainEdits.addBridge(s, chain), "Add bridge for " + c.name());
        }
        if (NO_BRIDGE.equals(choice)) {
            return apply(ChainEdits.setBridge(s, chain, ""), c.name() + ": no bridge");
        }
        return apply(ChainEdits.setBridge(s, chain, choice), c.name() + " over " + choice);
    }

    /** Renames the bridge chain {@code chain} is reached over; every chain over it follows. */
    public boolean renameBridge(int chain, String typed) {
        Structure s = structure.get();
        Chain c = s.crossChain().chains().get(chain);
        if (!c.bridged()) {
            return refuse(c.name() + " has no bridge to rename: choose one first");
        }
        String name = typed == null ? "" : typed.strip();
        if (name.equals(c.bridge())) {
            return clear();
        }
        String at = "/bridges/" + bridgeIndex(s, c.bridge()) + "/name";
        if (name.isEmpty() || NO_BRIDGE.equals(name) || NEW_BRIDGE.equals(name)) {
            return refuse(c.name() + ", bridge name (" + at + "): " + (name.isEmpty() ? "must not be blank"
                    : "\"" + name + "\" is reserved for the choice"));
        }
        return apply(ChainEdits.renameBridge(s, c.bridge(), name), "Rename bridge " + c.bridge() + " to " + name);
    }

    /** Sets one number of a chain's row from what was typed ("0.2", "60 %", "3"). */
    public boolean setNumber(int chain, ChainField field, String typed) {
        Structure s = structure.get();
        Chain c = s.crossChain().chains().get(chain);
        if (field.ofBridge() && !c.bridged()) {
            return refuse(c.name() + ", " + field.label() + ": " + c.name() + " has no bridge; choose one first");
        }
        String where = c.name() + ", " + field.label() + " (" + pointer(s, chain, field) + ")";
        double value;
        try {
            value = field.unit().parse(typed == null ? "" : typed);
        } catch (NumberFormatException e) {
            return refuse(where + ": " + e.getMessage());
        }
        String wrong = field.check(value);
        if (wrong != null) {
            return refuse(where + ": " + wrong);
        }
        Structure next = switch (field) {
            case EXPLOIT_INTENSITY -> ChainEdits.editBridge(s, c.bridge(), b -> b.withExploitIntensity(value));
            case LOSS_FRACTION -> ChainEdits.editBridge(s, c.bridge(), b -> b.withLossFraction(value));
            case FACTOR_LOADING -> ChainEdits.editBridge(s, c.bridge(), b -> b.withFactorLoading(value));
            case HALT_INTENSITY -> ChainEdits.setHalts(s, chain, value, Math.max(1, c.halts().steps()));
            case HALT_STEPS -> ChainEdits.setHalts(s, chain, c.halts().intensity(), (int) value);
        };
        if (next.equals(s)) {
            return clear();
        }
        String owner = field.ofBridge() ? c.bridge() : c.name();
        return apply(next, "Change " + owner + " " + field.label());
    }

    private static String pointer(int chain) {
        return "/chains/" + chain;
    }

    private static String pointer(Structure s, int chain, ChainField field) {
        Chain c = s.crossChain().chains().get(chain);
        return field.ofBridge() ? "/bridges/" + bridgeIndex(s, c.bridge()) + "/" + field.jsonName()
                : pointer(chain) + "/" + field.jsonName();
    }

    private static int bridgeIndex(Structure s, String name) {
        List<Bridge> bridges = s.crossChain().bridges();
        for (int b = 0; b < bridges.size(); b++) {
            if (bridges.get(b).name().equals(name)) {
                return b;
            }
        }
        return -1;
    }

    private boolean apply(Structure next, String name) {
        List<Problem> problems = editor.apply(next, name);
        message.set(problems.isEmpty() ? "" : String.join("; ", problems.stream().map(Problem::toString).toList()));
        return problems.isEmpty();
    }

    private boolean refuse(String why) {
        message.set(why);
        return false;
    }

    private boolean clear() {
        message.set("");
        return true;
    }
}
