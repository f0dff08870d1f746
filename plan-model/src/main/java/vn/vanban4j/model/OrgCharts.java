package vn.vanban4j.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads org charts from JSON, with the same error reporting as {@link Plans}. */
public final class OrgCharts {
    private OrgCharts() {
    }

    public static OrgChart read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** @throws PlanFormatException with every problem found */
    public static OrgChart read(String json, String source) {
        return ModelJson.read(json, source, OrgChart.class);
    }

    public static String toJson(OrgChart chart) {
        return ModelJson.write(chart);
    }
}
