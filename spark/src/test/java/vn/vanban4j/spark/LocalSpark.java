package vn.vanban4j.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module (starting Spark takes seconds); Spark stops it when the JVM ends. */
final class LocalSpark {
    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("vanban4j-spark tests").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }
}
