package vn.vanban4j.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Images a document names (a signature image), checked when given: PNG or JPEG, at most
 * {@link #MAX_BYTES}, with their pixel size read once. Immutable.
 */
public final class Images {
    /** The largest image accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final Images NONE = new Images(Map.of());

    /**
     * A checked image.
     *
     * @param bytes  the file's bytes
     * @param type   "png" or "jpeg"
     * @param width  width in pixels
     * @param height height in pixels
     */
    public record Image(byte[] bytes, String type, int width, int height) {
    }

    private final Map<String, Image> byName;

    private Images(Map<String, Image> byName) {
        this.byName = byName;
    }

    static Images of(Map<String, byte[]> named) {
        Map<String, Image> checked = new TreeMap<>();
        named.forEach((name, bytes) -> checked.put(name, check(name, bytes)));
        return new Images(Map.copyOf(checked));
    }

    /** The image of that name, or null. */
    public Image get(String name) {
        return byName.get(name);
    }

    private static Image check(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RenderException("image \"" + name + "\": " + bytes.length + " bytes; at most " + MAX_BYTES);
        }
        String type = bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' ? "png"
                : bytes.length > 3 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8 ? "jpeg" : null;
        if (type == null) {
            throw new RenderException("image \"" + name + "\": not a PNG or JPEG file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RenderException("image \"" + name + "\": cannot read it as " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Image(Arrays.copyOf(bytes, bytes.length), type, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RenderException("image \"" + name + "\": cannot read it as " + type + ": " + e.getMessage());
        }
    }
}
