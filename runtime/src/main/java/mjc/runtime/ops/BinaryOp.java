package mjc.runtime.ops;

/**
 * The element-wise arithmetic operators, each with its real and complex kernel. Integer and
 * single results are computed here in double and narrowed afterwards by {@link ResultClass}.
 */
public enum BinaryOp {
    PLUS("+", "plus") {
        @Override
        public double real(double a, double b) {
            return a + b;
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            out[0] = ar + br;
            out[1] = ai + bi;
        }
    },
    MINUS("-", "minus") {
        @Override
        public double real(double a, double b) {
            return a - b;
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            out[0] = ar - br;
            out[1] = ai - bi;
        }
    },
    TIMES(".*", "times") {
        @Override
        public double real(double a, double b) {
            return a * b;
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            if (ai == 0 && bi == 0) {
                out[0] = ar * br;
                out[1] = 0;
                return;
            }
            out[0] = ar * br - ai * bi;
            out[1] = ar * bi + ai * br;
        }
    },
    RDIVIDE("./", "rdivide") {
        @Override
        public double real(double a, double b) {
            return a / b;
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            Complex.divide(ar, ai, br, bi, out);
        }
    },
    LDIVIDE(".\\", "ldivide") {
        @Override
        public double real(double a, double b) {
            return b / a;
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            Complex.divide(br, bi, ar, ai, out);
        }
    },
    POWER(".^", "power") {
        @Override
        public double real(double a, double b) {
            return Math.pow(a, b);
        }

        @Override
        public void complex(double ar, double ai, double br, double bi, double[] out) {
            Complex.pow(ar, ai, br, bi, out);
        }
    };

    public final String symbol;
    public final String functionName;

    BinaryOp(String symbol, String functionName) {
        this.symbol = symbol;
        this.functionName = functionName;
    }

    public abstract double real(double a, double b);

    public abstract void complex(double ar, double ai, double br, double bi, double[] out);
}
