package mjc.jmh

import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.yield

/** kotlinx-coroutines baselines for the async benchmarks, called from Java. */
object KotlinBaselines {
    /** n yield() round trips through runBlocking's event loop. */
    @JvmStatic
    fun yieldLoop(n: Int): Int = runBlocking {
        var c = 0
        repeat(n) {
            yield()
            c++
        }
        c
    }

    /** n calls of a suspend function that does not suspend (not inlined). */
    @JvmStatic
    fun callNoSuspend(n: Int): Long = runBlocking {
        var s = 0L
        repeat(n) { s += notSuspending(it) }
        s
    }

    /** n awaits of a completed Deferred. */
    @JvmStatic
    fun awaitDone(n: Int): Long = runBlocking {
        val d = CompletableDeferred(1)
        var s = 0L
        repeat(n) { s += d.await() }
        s
    }

    /** launch + join of n coroutines. */
    @JvmStatic
    fun spawnJoin(n: Int): Int = runBlocking {
        val jobs = List(n) { launch { } }
        jobs.forEach { it.join() }
        n
    }

    /** n coroutines suspended in delay, measured by the caller while they wait. */
    @JvmStatic
    fun suspendMany(n: Int, measure: Runnable) = runBlocking {
        val jobs = List(n) { launch { delay(1_000_000) } }
        yield()
        measure.run()
        jobs.forEach { it.cancel() }
    }
}

@Suppress("NOTHING_TO_INLINE")
suspend fun notSuspending(x: Int): Int = x + 1
