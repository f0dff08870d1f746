/**
 * The library's jobs on Apache Spark: {@link vn.vanban4j.spark.SparkJobs} (import documents into a table,
 * render documents, consolidate unit reports) and {@link vn.vanban4j.spark.Main}, the command line for
 * {@code java -jar vanban4j-spark.jar} and {@code spark-submit}.
 */
package vn.vanban4j.spark;
