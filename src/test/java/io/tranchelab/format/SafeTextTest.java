package io.tranchelab.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    @ParameterizedTest(name = "U+{0} -> {1}")
    @CsvSource({
        "0000, \\u0000", "0007, \\u0007", "001b, \\u001b", "000a, \\n", "000d, \\r", "0009, \\t", "007f, \\u007f",
        "009b, \\u009b", "2028, \\u2028", "202e, \\u202e", "2066, \\u2066", "200f, \\u200f", "061c, \\u061c"})
    void everyControlCharacterIsWrittenOut(String hex, String shown) {
        char c = (char) Integer.parseInt(hex, 16);
        assertEquals("a" + shown + "b", SafeText.visible("a" + c + "b"));
    }

    @Test
    void noControlCharacterSurvives() {
        String all = IntStream.range(0, 0x10000).filter(c -> !Character.isSurrogate((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String safe = SafeText.visible(all);
        assertTrue(safe.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL), "a C0/C1 control left");
        assertTrue(safe.chars().noneMatch(c -> c == 0x202e || c == 0x2028), "an override or separator left");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Senior A-1 — ETH/USDC (stETH) 5 % é € 日本 \\ \"quoted\"";
        assertEquals(text, SafeText.visible(text));
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = SafeText.visible("x\u001b[2Jy\u0000\n");
        assertEquals(once, SafeText.visible(once));
    }

    @Test
    void aLongTextIsCutWithACountOfTheRest() {
        String cut = SafeText.line("a".repeat(200_000), 500);
        assertEquals("a".repeat(500) + "… (199,500 more characters)", cut);
        assertEquals("short", SafeText.line("short", 500));
    }

    @Test
    void theCutNeverSplitsACharacterInTwo() {
        String cut = SafeText.line("a".repeat(9) + "😀" + "b".repeat(10), 10);
        assertEquals("a".repeat(9) + "… (12 more characters)", cut);
    }

    @Test
    void aLongListShowsItsFirstItemsAndCountsTheRest() {
        List<String> assets = IntStream.range(0, 3000).mapToObj(i -> "A" + i).toList();
        assertEquals("A0, A1, A2, A3, A4, A5, A6, A7, A8, A9 … and 2,990 more", SafeText.list(assets, 10));
        assertEquals("A0, A1", SafeText.list(assets.subList(0, 2), 10));
        assertEquals("x".repeat(39) + "…, y", SafeText.list(List.of("x".repeat(100_000), "y"), 10));
    }
}
