package mjc.stdlib.math;

/** MT19937 (Matsumoto and Nishimura), with MATLAB's seeding: seed 0 means the reference seed 5489. */
final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti;

    MersenneTwister(long seed) {
        seed(seed);
    }

    void seed(long seed) {
        long s = seed == 0 ? 5489 : seed;
        mt[0] = (int) s;
        for (mti = 1; mti < N; mti++) {
            long prev = mt[mti - 1] & 0xffffffffL;
            mt[mti] = (int) (1812433253L * (prev ^ (prev >>> 30)) + mti);
        }
    }

    int nextInt() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** genrand_res53: a double in [0, 1) with 53 random bits. */
    double nextDouble() {
        long a = (nextInt() & 0xffffffffL) >>> 5;
        long b = (nextInt() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
