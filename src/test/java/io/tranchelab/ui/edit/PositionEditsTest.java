package io.tranchelab.ui.edit;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PositionEditsTest {

    private final Structure book = TestStructures.quick();

    @Test
    void anAddedLoanBookIsTenMillionOnTheFirstVolatileAsset() {
        Structure added = PositionEdits.add(book, PositionEdits.Kind.LOAN_BOOK);
        LoanBook loans = assertInstanceOf(LoanBook.class, added.positions().get(2));
        assertEquals("ETH", loans.collateral());
        assertEquals(10_000_000, PositionValues.initialValue(added, loans));
        assertEquals("Loans", loans.name());
    }

    @Test
    void anAddedYieldPositionIsWorthTenMillionAtTheStartPrice() {
        Structure added = PositionEdits.add(book, PositionEdits.Kind.YIELD);
        assertEquals(10_000_000, PositionValues.initialValue(added, added.positions().get(2)), 1e-6);
    }

    @Test
    void renamingKeepsEveryOtherTerm() {
        Structure renamed = PositionEdits.rename(book, 0, "Blue-chip loans");
        assertEquals(((LoanBook) book.positions().get(0)).withPrincipal(50_000_000).liquidationThreshold(),
                ((LoanBook) renamed.positions().get(0)).liquidationThreshold());
        assertEquals(PositionEdits.rename(renamed, 0, book.positions().get(0).name()), book);
    }

    @Test
    void theLastPositionCannotBeRemoved() {
        Structure one = PositionEdits.remove(book, 1);
        assertFalse(PositionEdits.canRemove(one, 0));
    }

    @Test
    void stakedEthIsValuedAtTheEthPriceThroughItsPeg() {
        assertEquals(30_000_000, PositionValues.initialValue(book, book.positions().get(1)), 1e-6);
        assertEquals(80_000_000, PositionValues.poolValue(book), 1e-6);
    }
}
