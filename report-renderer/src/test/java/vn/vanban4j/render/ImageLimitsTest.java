package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images follow the templates' folder rule and are limited in pixels, read from the header alone. */
class ImageLimitsTest {
    @TempDir
    Path dir;

    /** A PNG that claims {@code width x height} pixels in its header, a few dozen bytes long. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private Renderer withLogo(String logo) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><header logo=\"" + logo + "\"/><p>x</p></document>");
        return Renderer.fromTemplates(dir);
    }

    @Test
    void anImageOfTwentyThousandSquaredPixelsIsRefusedByName() throws IOException {
        Renderer r = withLogo("big.png").withImages(Map.of("big.png", pngClaiming(20_000, 20_000)));
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessage("image \"big.png\": 20000 x 20000 pixels; at most 40000000 pixels (the limit is RenderLimits.imagePixels)");
        assertThatThrownBy(() -> r.html(TemplateSafetyTest.small())).hasMessageContaining("RenderLimits.imagePixels");
        Renderer small = withLogo("small.png").withImages(Map.of("small.png", pngClaiming(600, 600)));
        assertThat(small.html(TemplateSafetyTest.small())).contains("data:image/png");
    }

    @Test
    void theHostCanRaiseThePixelLimit() throws IOException {
        Renderer r = withLogo("big.png").withImages(Map.of("big.png", pngClaiming(8_000, 6_000)))
                .withLimits(RenderLimits.DEFAULT.withImagePixels(48_000_000));
        assertThat(r.html(TemplateSafetyTest.small())).contains("data:image/png");
    }

    @Test
    void aLinkInImagesLeadingOutOfTheTemplateFolderIsRefused() throws IOException {
        Path outside = Files.write(dir.resolve("secret.png"), pngClaiming(10, 10));
        Path templates = Files.createDirectories(dir.resolve("mau"));
        Files.createDirectories(templates.resolve("images"));
        Files.createSymbolicLink(templates.resolve("images/seal.png"), outside);
        assertThatThrownBy(() -> Renderer.fromTemplates(templates)).isInstanceOf(RenderException.class)
                .hasMessage("images/seal.png is a link to a file outside the template folder;"
                        + " templates and the images they name must stay inside it");
        // a link that stays inside the folder is fine
        Files.delete(templates.resolve("images/seal.png"));
        Files.write(templates.resolve("seal-original.png"), pngClaiming(10, 10));
        Files.createSymbolicLink(templates.resolve("images/seal.png"), templates.resolve("seal-original.png"));
        assertThat(Renderer.fromTemplates(templates)).isNotNull();
    }

    @Test
    void anImagesFolderThatIsALinkOutIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(elsewhere.resolve("seal.png"), pngClaiming(10, 10));
        Path templates = Files.createDirectories(dir.resolve("mau"));
        Files.createSymbolicLink(templates.resolve("images"), elsewhere);
        assertThatThrownBy(() -> Renderer.fromTemplates(templates)).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("images/ is a link to a file outside the template folder");
    }
}
