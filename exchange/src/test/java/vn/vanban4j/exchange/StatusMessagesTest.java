package vn.vanban4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vanban4j.samples.Samples;

/** Every status code built answering a package, written, and read back the same. */
class StatusMessagesTest {
    private final EdXml edxml = EdXml.standard();

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void buildsWritesAndReadsEveryCode(StatusCode code) throws IOException {
        Envelope answered = edxml.envelope(Samples.kindSample("125-UBND-KT"), Dispatch.of(
                Organ.of("000.00.00.H14", "UBND tỉnh Cao Bằng"), List.of(Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An")),
                RoundTripTest.SENT));
        Organ receiver = Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An");
        StatusMessage built = edxml.status(answered, receiver, code, Staff.named("Lê Thị Văn Thư"),
                Instant.parse("2026-09-15T01:02:03Z"));
        assertThat(built.responseFor()).isEqualTo(new ResponseFor("000.00.00.H14", "125/UBND-KT",
                answered.promulgationDate(), "000.00.00.H14,2026/09/14,125/UBND-KT"));
        assertThat(built.timestamp()).isEqualTo(LocalDateTime.of(2026, 9, 15, 8, 2, 3));
        assertThat(built.description()).isEqualTo(code.description());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edxml.write(built, out);
        ExchangeMessage read = edxml.read(new ByteArrayInputStream(out.toByteArray()), "status.edxml");
        assertThat(read).isEqualTo(built);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<edXML:StatusCode>" + code.code() + "</edXML:StatusCode>");
    }

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void eachCodeLeavesTheDocumentInItsState(StatusCode code) {
        TrackingState expected = switch (code.code()) {
            case "01" -> TrackingState.RECEIVED;
            case "02" -> TrackingState.REFUSED;
            case "03" -> TrackingState.ACCEPTED;
            case "04" -> TrackingState.ASSIGNED;
            case "05" -> TrackingState.IN_PROGRESS;
            case "06" -> TrackingState.DONE;
            case "15" -> TrackingState.WITHDRAWN;
            default -> null; // 13 asks, 16 refuses to give back: the receiver's state stays
        };
        assertThat(code.state().orElse(null)).isEqualTo(expected);
        assertThat(StatusCode.of(code.code())).contains(code);
        assertThat(StatusCode.of(String.valueOf(Integer.parseInt(code.code())))).contains(code);
    }
}
