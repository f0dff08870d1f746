/** JMH benchmarks of rendering, importing, rules and consolidation: {@code java -jar benchmarks/target/benchmarks.jar}. */
package vn.vanban4j.benchmarks;
