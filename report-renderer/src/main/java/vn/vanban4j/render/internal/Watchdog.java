package vn.vanban4j.render.internal;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.RenderLimits;

/**
 * Watches one template run. The run goes on a thread of its own; the calling thread waits for it,
 * and when the time or memory limit is crossed, or the caller is interrupted, asks it to stop.
 * The run sees the request at each directive, each write, each number it formats and each sum
 * or comparison it makes (so built-ins such as {@code ?join} and {@code ?filter} stop too), and
 * ends with a {@link LimitCrossed} naming where it was. A run that does not stop within
 * {@link #GRACE} (a built-in that calls none of these) is stopped by force where the JVM still
 * allows it (Java 17 to 19), else left to end on its own while the caller gets its answer.
 */
final class Watchdog implements TemplateProcessingTracer {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    /** How long a run may take to stop once asked. */
    static final Duration GRACE = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 10;
    // a run nests as deep as RenderLimits.nestingDepth allows; FreeMarker's parser recurses too
    private static final long STACK_BYTES = 16L << 20;

    /** A limit crossed during a run; its message names the template position. */
    static final class LimitCrossed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Message text;

        LimitCrossed(Message text) {
            super(text.toString(), null, false, false);
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    private final String name;
    private final RenderLimits limits;
    private final long deadline;
    private Writer output;
    private int depth;
    private int steps;
    private volatile TracedElement current;
    private volatile Message stop;

    Watchdog(String name, RenderLimits limits) {
        this.name = name;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.templateTime().toNanos();
    }

    /** The writer of the run's output; other writers seen at a directive are FreeMarker's capture buffers. */
    void output(Writer writer) {
        this.output = writer;
    }

    /**
     * Runs {@code work} on a thread of its own and waits for it, stopping it at the limits or when
     * the calling thread is interrupted (whose interrupt flag is then set again).
     */
    <T> T supervise(Callable<T> work) {
        Object[] outcome = new Object[1];
        Thread worker = new Thread(null, () -> {
            try {
                outcome[0] = work.call();
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "vanban4j-template " + name, STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        Message interrupted = null;
        long askedAt = 0;
        while (worker.isAlive()) {
            try {
                worker.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = Message.of(RenderMessages.RENDER_INTERRUPTED, where());
                ask(interrupted);
            }
            if (!worker.isAlive()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                ask(timeMessage());
            }
            long allocated = allocated(worker);
            if (allocated > limits.memoryBytes()) {
                ask(Message.of(RenderMessages.TEMPLATE_MEMORY, where(), mb(limits.memoryBytes())));
            }
            if (stop != null && askedAt == 0) {
                askedAt = System.nanoTime();
            }
            if (askedAt != 0 && System.nanoTime() - askedAt > GRACE.toNanos()) {
                forceStop(worker);
                break;
            }
        }
        boolean unfinished = worker.isAlive() || outcome[0] instanceof ThreadDeath;
        if (interrupted != null) {
            Thread.currentThread().interrupt();
            throw new RenderException(RenderException.Code.INTERRUPTED, interrupted);
        }
        Object result = unfinished ? null : outcome[0];
        if (result == null && stop != null) {
            throw new RenderException(RenderException.Code.TEMPLATE_LIMIT, stop);
        }
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw e;
        }
        if (result instanceof Exception e) {
            throw new RenderException(RenderException.Code.OTHER, Message.of(RenderMessages.AT, name, e.getMessage()), Templates.publicCause(e));
        }
        @SuppressWarnings("unchecked")
        T done = (T) result;
        return done;
    }

    private void ask(Message why) {
        if (stop == null) {
            stop = why;
        }
    }

    @SuppressWarnings("deprecation")
    private void forceStop(Thread worker) {
        LOG.warn("{}: the template run did not stop within {} ms of being asked; stopping its thread", name, GRACE.toMillis());
        try {
            worker.stop();
            worker.join(GRACE.toMillis());
        } catch (UnsupportedOperationException e) {
            worker.setPriority(Thread.MIN_PRIORITY);
            LOG.warn("{}: this JVM cannot stop a thread; the run goes on until it ends by itself", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long allocated(Thread thread) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
            return bean.getThreadAllocatedBytes(thread.getId());
        }
        return 0;
    }

    /** Throws when the run was asked to stop or is past its time; called often, so cheap. */
    void check() {
        Message why = stop;
        if (why != null) {
            throw new LimitCrossed(why);
        }
        if ((++steps & 0xFF) == 0 && System.nanoTime() > deadline) {
            throw crossed(timeMessage());
        }
    }

    // a limit once crossed stays crossed: an <#attempt> around it cannot recover and go on
    private LimitCrossed crossed(Message why) {
        ask(why);
        return new LimitCrossed(stop);
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        current = element;
        if (++depth > limits.nestingDepth()) {
            throw crossed(Message.of(RenderMessages.TEMPLATE_NESTING, where(), limits.nestingDepth()));
        }
        if (stop != null || System.nanoTime() > deadline) {
            throw crossed(timeMessage());
        }
        if (env.getOut() != output && env.getOut() instanceof StringWriter buffer) {
            wrote(buffer.getBuffer().length());
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** Called with the characters written so far to the output or a capture buffer. */
    void wrote(long chars) {
        if (chars > limits.outputChars()) {
            throw crossed(Message.of(RenderMessages.TEMPLATE_OUTPUT_CHARS, where(), limits.outputChars()));
        }
        check();
    }

    TracedElement current() {
        return current;
    }

    String where() {
        TracedElement e = current;
        return e == null ? name + ":1:1"
                : e.getTemplate().getSourceName() + ":" + e.getBeginLine() + ":" + e.getBeginColumn();
    }

    private Message timeMessage() {
        return Message.of(RenderMessages.TEMPLATE_TIME, where(), seconds(limits.templateTime()));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Message mb(long bytes) {
        return bytes % (1 << 20) == 0 ? Message.of(RenderMessages.SIZE_MB, bytes >> 20) : Message.of(RenderMessages.SIZE_BYTES, bytes);
    }
}
