package vn.vanban4j.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A file a task reads (local, HDFS, S3...), at most {@code limit} bytes counted on what is read, not on what the listing said. */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @param length  the length the listing gave: a file already larger is refused unopened
     * @param setting the setting that holds {@code limit}, named in the error
     * @throws IOException whose message names the file and what went wrong
     */
    public static byte[] read(String file, long length, long limit, String setting, HadoopConf conf) throws IOException {
        if (length > limit) {
            throw tooLarge(file, limit, setting);
        }
        byte[] bytes;
        try {
            Path path = new Path(file);
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream in = fs.open(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > limit) {
            throw tooLarge(file, limit, setting);
        }
        return bytes;
    }

    private static IOException tooLarge(String file, long limit, String setting) {
        return new IOException(file + ": larger than " + limit + " bytes; the limit is " + setting);
    }
}
