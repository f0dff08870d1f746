/** Helpers of the Spark jobs: what a task does with its partition, and values shipped to executors. Not an API. */
package vn.vanban4j.spark.internal;
