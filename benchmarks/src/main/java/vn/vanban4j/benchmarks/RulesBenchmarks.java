package vn.vanban4j.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.rules.Compliance;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PhraseContext;
import vn.vanban4j.rules.TimePhrases;
import vn.vanban4j.samples.Samples;

/**
 * Rules at scale: parse 10,000 time phrases; derive a province's obligations (2,000 units, 100,000
 * members) from 198-KH/TU and compute compliance at a date. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar Rules -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmarks {
    private List<String> phrases;
    private PhraseContext context;
    private Document caoBang;
    private OrgChart province;
    private DeadlineRules rules;

    @Setup
    public void setUp() {
        caoBang = Samples.caoBangPlan();
        context = PhraseContext.of(caoBang);
        rules = DeadlineRules.standard();
        List<String> seedPhrases = new ArrayList<>();
        caoBang.tasks().forEach(t -> {
            if (t.deadline() != null) {
                seedPhrases.add(t.deadline());
            }
        });
        Samples.laiChauPlan().tasks().forEach(t -> {
            if (t.deadline() != null) {
                seedPhrases.add(t.deadline());
            }
        });
        phrases = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            phrases.add(seedPhrases.get(i % seedPhrases.size()));
        }
        province = ProvinceChart.generate(2_000, 100_000);
    }

    /** 10,000 phrases parsed and resolved to due dates. */
    @Benchmark
    public void parseAndResolve10000Phrases(Blackhole hole) {
        for (String phrase : phrases) {
            hole.consume(rules.resolve(TimePhrases.parse(phrase, context), context, Map.of()));
        }
    }

    /** A province's obligations from 198-KH/TU and their compliance at a date. */
    @Benchmark
    public Compliance.Report provinceObligationsAndCompliance() {
        ObligationSet set = Obligations.derive(caoBang, province, rules,
                Map.of("Hội nghị trực tuyến toàn tỉnh", LocalDate.of(2023, 2, 15)));
        return Compliance.at(set, List.of(), LocalDate.of(2023, 6, 30), 5, rules.calendar());
    }
}
