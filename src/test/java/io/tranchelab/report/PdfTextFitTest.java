package io.tranchelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Cutting a cell's text to the column: the longest prefix that fits, found in one pass. */
class PdfTextFitTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** 100,000 characters used to take 11 minutes (a cut and a full re-measure per character). */
    @Test
    void aHundredThousandCharacterNameIsCutToTheLongestPrefixThatFits() throws IOException {
        String name = "Mezzanine ".repeat(10_000);
        String fitted = PdfCanvas.fit(name, HELVETICA, 10, 100);
        // Helvetica at 10 pt: "M" 8.33, "e" 5.56, "z" 5, "a" 5.56, "n" 5.56, "i" 2.22, " " 2.78 points,
        // so "Mezzanine" is 48.35 and "Mezzanine Mezzanine" 99.48: a third space would pass 100
        assertEquals("Mezzanine Mezzanine", fitted);
        assertTrue(width(fitted) <= 100, "fits");
        assertTrue(width(name.substring(0, fitted.length() + 1)) > 100, "one more character would not fit");
    }

    @Test
    void textThatFitsIsKeptWhole() throws IOException {
        assertEquals("Senior", PdfCanvas.fit("Senior", HELVETICA, 10, 100));
        assertEquals("", PdfCanvas.fit("", HELVETICA, 10, 100));
    }

    @Test
    void aColumnNarrowerThanOneCharacterStillShowsTheFirst() throws IOException {
        assertEquals("W", PdfCanvas.fit("Wide", HELVETICA, 10, 1));
    }

    private static float width(String text) throws IOException {
        return HELVETICA.getStringWidth(text) / 1000 * 10;
    }
}
