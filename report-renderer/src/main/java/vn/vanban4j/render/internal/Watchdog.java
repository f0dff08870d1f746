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
 * Watches one template run. A run of a host's templates goes on a thread of its own ({@link #supervise});
 * the calling thread waits for it, and when the time or memory limit is crossed, or the caller is
 * interrupted, asks it to stop. The run sees the request at each directive, each write, each number it
 * formats and each sum or comparison it makes (so built-ins such as {@code ?join} and {@code ?filter}
 * stop too), and ends with a {@link LimitCrossed} naming where it was. A run that does not stop within
 * {@link #GRACE} (a built-in that calls none of these) is stopped by force where the JVM still
 * allows it (Java 17 to 19), else left to end on its own while the caller gets its answer.
 * <p>A run of the library's own templates, which call no such built-in, goes on the calling thread
 * ({@link #runHere}): the same checks, with the memory and the caller's interrupt asked at the run's
 * steps instead of from a waiting thread. Handing a run to another thread and back cost a fifth of a
 * render's time (two thread wake-ups; issue 24).
 */
final class Watchdog implements TemplateProcessingTracer {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    /** How long a run may take to stop once asked. */
    static final Duration GRACE = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 10;

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
    private Thread here; // the calling thread, when the run goes on it
    private long allocatedBefore;
    private boolean callerInterrupted;

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
     * Runs {@code work} on the calling thread, stopping it at the limits or when the thread is interrupted
     * (whose interrupt flag stays set); for templates known to call only what the watchdog sees.
     */
    <T> T runHere(Callable<T> work) {
        here = Thread.currentThread();
        if (here.isInterrupted()) { // a run too short to reach its first poll still sees an interrupt asked before it
            throw new RenderException(RenderException.Code.INTERRUPTED, interruptedHere());
        }
        allocatedBefore = allocatedBy(here);
        Object outcome;
        try {
            outcome = work.call();
        } catch (Exception e) {
            outcome = e;
        }
        if (callerInterrupted || here.isInterrupted()) { // seen at a poll, or asked after the last one
            throw new RenderException(RenderException.Code.INTERRUPTED, callerInterrupted ? stop : interruptedHere());
        }
        return answer(outcome);
    }

    private Message interruptedHere() {
        return Message.of(RenderMessages.RENDER_INTERRUPTED, where());
    }

    /**
     * Runs {@code work} on a thread of its own (see {@link TemplateThreads}) and waits for it, stopping it
     * at the limits or when the calling thread is interrupted (whose interrupt flag is then set again).
     */

    <T> T supervise(Callable<T> work) {
        Run run = new Run(work);
        TemplateThreads.start(run);
        Message interrupted = null;
        long askedAt = 0;
        while (!run.done()) {
            try {
                run.await(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = interruptedHere();
                ask(interrupted);
            }
            if (run.done()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                ask(timeMessage());
            }
            if (run.allocated() > limits.memoryBytes()) {
                ask(Message.of(RenderMessages.TEMPLATE_MEMORY, where(), mb(limits.memoryBytes())));
            }
            if (stop != null && askedAt == 0) {
                askedAt = System.nanoTime();
            }
            if (askedAt != 0 && System.nanoTime() - askedAt > GRACE.toNanos()) {
                forceStop(run);
                break;
            }
        }
        boolean unfinished = !run.done() || run.outcome instanceof ThreadDeath;
        if (interrupted != null) {
            Thread.currentThread().interrupt();
            throw new RenderException(RenderException.Code.INTERRUPTED, interrupted);
        }
        if (unfinished) {
            throw new RenderException(RenderException.Code.TEMPLATE_LIMIT, stop);
        }
        return answer(run.outcome);
    }

    // what the run ended with: its result, or what it threw as the caller should see it
    private <T> T answer(Object result) {
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

    /**
     * One run on a pooled thread: its outcome (the result or what it threw), the bytes its thread had
     * allocated when it began, and whether it was stopped by force. A thread stopped by force leaves
     * the pool (its ThreadDeath is thrown on once it has arrived) rather than take another run.
     */
    private static final class Run implements Runnable {
        private final Callable<?> work;
        private volatile Thread thread;
        private volatile long allocatedBefore;
        private Object outcome;
        private boolean done;
        private boolean stopping;

        Run(Callable<?> work) {
            this.work = work;
        }

        @Override
        public void run() {
            Thread self = Thread.currentThread();
            self.setPriority(Thread.NORM_PRIORITY); // a thread the JVM could not stop was lowered
            allocatedBefore = allocatedBy(self);
            thread = self;
            Object result;
            try {
                result = work.call();
            } catch (Throwable e) {
                result = e;
            }
            boolean stopped;
            synchronized (this) {
                outcome = result;
                done = true;
                stopped = stopping;
                notifyAll();
            }
            if (stopped) {
                throw result instanceof ThreadDeath death ? death : awaitDeath();
            }
        }

        // a stop was asked for and its ThreadDeath has not arrived yet: it must not arrive in the pool's own code
        @SuppressWarnings({"InfiniteLoopStatement", "BusyWait"})
        private static ThreadDeath awaitDeath() {
            try {
                while (true) {
                    Thread.sleep(1);
                }
            } catch (ThreadDeath death) {
                return death;
            } catch (InterruptedException e) {
                return new ThreadDeath();
            }
        }

        synchronized boolean done() {
            return done;
        }

        synchronized void await(long millis) throws InterruptedException {
            if (!done) {
                wait(millis);
            }
        }

        long allocated() {
            Thread t = thread;
            return t == null ? 0 : allocatedBy(t) - allocatedBefore;
        }

        /** Stops the thread unless the run is over; true when it was asked to stop. */
        @SuppressWarnings("deprecation")
        synchronized boolean stop() {
            if (done || thread == null) {
                return false;
            }
            thread.stop(); // throws, stopping nothing, where the JVM cannot stop threads
            stopping = true;
            return true;
        }

        void lower() {
            Thread t = thread;
            if (t != null) {
                t.setPriority(Thread.MIN_PRIORITY);
            }
        }
    }

    private void ask(Message why) {
        if (stop == null) {
            stop = why;
        }
    }

    private void forceStop(Run run) {
        LOG.warn("{}: the template run did not stop within {} ms of being asked; stopping its thread", name, GRACE.toMillis());
        try {
            if (run.stop()) {
                run.await(GRACE.toMillis());
            }
        } catch (UnsupportedOperationException e) {
            run.lower();
            LOG.warn("{}: this JVM cannot stop a thread; the run goes on until it ends by itself", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long allocatedBy(Thread thread) {
        com.sun.management.ThreadMXBean bean = Allocation.BEAN;
        return bean != null && bean.isThreadAllocatedMemoryEnabled() ? bean.getThreadAllocatedBytes(thread.getId()) : 0;
    }

    // the JVM's count of the bytes each thread allocated, looked up once; null where the JVM keeps none
    private static final class Allocation {
        static final com.sun.management.ThreadMXBean BEAN = ManagementFactory.getThreadMXBean()
                instanceof com.sun.management.ThreadMXBean bean && bean.isThreadAllocatedMemorySupported() ? bean : null;
    }

    /** Throws when the run was asked to stop or is past its time; called often, so cheap. */
    void check() {
        Message why = stop;
        if (why != null) {
            throw new LimitCrossed(why);
        }
        if ((++steps & 0xFF) == 0) {
            if (System.nanoTime() > deadline) {
                throw crossed(timeMessage());
            }
            if (here != null) {
                checkHere();
            }
        }
    }

    // what a waiting thread would watch, asked by the run itself
    private void checkHere() {
        if (here.isInterrupted()) {
            callerInterrupted = true;
            throw crossed(interruptedHere());
        }
        if (allocatedBy(here) - allocatedBefore > limits.memoryBytes()) {
            throw crossed(Message.of(RenderMessages.TEMPLATE_MEMORY, where(), mb(limits.memoryBytes())));
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
        check();
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
