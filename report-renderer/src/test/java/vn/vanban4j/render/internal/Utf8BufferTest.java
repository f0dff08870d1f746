package vn.vanban4j.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
    private static String utf8(Utf8Buffer b) {
        return new String(Arrays.copyOf(b.array(), b.length()), StandardCharsets.UTF_8);
    }

    @Test
    void encodesTagsAndVietnameseTextAsUtf8() {
        Utf8Buffer b = new Utf8Buffer(16).append("<w:t>").append("Kế hoạch số 107-KH/ThU").append("</w:t>");
        assertEquals("<w:t>Kế hoạch số 107-KH/ThU</w:t>", utf8(b));
        assertEquals("<w:t>Kế hoạch số 107-KH/ThU</w:t>".getBytes(StandardCharsets.UTF_8).length, b.length());
    }

    @Test
    void escapesXmlTextAndReplacesWhatXmlCannotCarry() {
        Utf8Buffer b = new Utf8Buffer(16).appendXmlText("Sở \"A\" & <B> > C\u0001 \uD83D\uDE00 \uD800 ₫");
        assertEquals("Sở &quot;A&quot; &amp; &lt;B&gt; &gt; C\uFFFD \uD83D\uDE00 \uFFFD ₫", utf8(b));
    }

    @Test
    void textLongerThanAnyBeforeItIsWhole() {
        // the text is copied out of its String into a scratch array that grows; a longer text after a shorter must
        // come out whole, and a shorter one after it must not carry the longer one's tail
        String longText = "Ủy ban nhân dân tỉnh & các sở, ngành ".repeat(40);
        Utf8Buffer b = new Utf8Buffer(16).appendXmlText("ngắn").append(longText).appendXmlText(longText).append("Hết");
        assertEquals("ngắn" + longText + longText.replace("&", "&amp;") + "Hết", utf8(b));
    }
}
