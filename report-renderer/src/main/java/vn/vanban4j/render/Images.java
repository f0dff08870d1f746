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
 * Images a document or a template names (a signature image, a seal), checked when given: PNG or
 * JPEG, at most {@link #MAX_BYTES}, with their pixel size read once. They come from the templates
 * folder's {@code images/} and from the host ({@link Renderer#withImages}). Immutable.
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

    /** These images with {@code more} added; an image of the same name is replaced. */
    Images with(Map<String, byte[]> more) {
        Map<String, Image> all = new TreeMap<>(byName);
        more.forEach((name, bytes) -> all.put(name, check(name, bytes)));
        return new Images(Map.copyOf(all));
    }

    /** The most images a templates folder's images/ may hold. */
    static final int MAX_FOLDER_IMAGES = 64;

    /**
     * The PNG and JPEG files of {@code folder/images} by file name ("con-dau.png"); none when
     * there is no such folder.
     */
    static Images inFolder(java.nio.file.Path folder) {
        java.nio.file.Path dir = folder.resolve("images");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return NONE;
        }
        Map<String, byte[]> named = new TreeMap<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.matches("(?i).+\\.(png|jpe?g)") || !java.nio.file.Files.isRegularFile(file)) {
                    continue;
                }
                if (named.size() == MAX_FOLDER_IMAGES) {
                    throw new RenderException(dir + ": more than " + MAX_FOLDER_IMAGES + " images");
                }
                if (java.nio.file.Files.size(file) > MAX_BYTES) {
                    throw new RenderException("image \"" + name + "\": " + java.nio.file.Files.size(file) + " bytes; at most " + MAX_BYTES);
                }
                named.put(name, java.nio.file.Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new RenderException("cannot read the images in " + dir + ": " + e.getMessage(), e);
        }
        return of(named);
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
