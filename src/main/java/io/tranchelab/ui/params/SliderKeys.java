package io.tranchelab.ui.params;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard steps of a parameter slider: the arrow keys move it by 1 % of its range (a fine
 * step; JavaFX's default of 10 units crossed a 0-2 range in a few presses), Page Up / Page Down
 * by 10 %, Home / End to its ends (JavaFX's own).
 */
final class SliderKeys {

    static final double FINE = 0.01;
    static final double COARSE = 0.10;

    private SliderKeys() {
    }

    static void install(Slider slider) {
        slider.blockIncrementProperty().bind(slider.maxProperty().subtract(slider.minProperty()).multiply(FINE));
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) {
                double step = (slider.getMax() - slider.getMin()) * COARSE * (e.getCode() == KeyCode.PAGE_UP ? 1 : -1);
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), slider.getValue() + step)));
                e.consume();
            }
        });
    }
}
