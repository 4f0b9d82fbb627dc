package mjc.stdlib.math;

import mjc.runtime.index.Index;
import mjc.runtime.index.Subscripts;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Conversions between Cartesian, polar/cylindrical and spherical coordinates, element-wise with
 * implicit expansion; each also takes one matrix whose columns are the coordinates (as Octave does).
 */
public final class Coordinates {
    private Coordinates() {
    }

    /** The coordinates given as separate arrays, or as the columns of one matrix. */
    private static Value[] parts(Value[] args, int min, String fn) {
        Args.count(args, 1, 3);
        if (args.length == 1) {
            Value c = args[0];
            int n = c.cols();
            if (n < min || n > 3) {
                throw mjc.runtime.error.Errors.of("MATLAB:" + fn + ":InvalidInput", "C must be a matrix with " + min
                    + " or 3 columns.");
            }
            Value[] out = new Value[n];
            for (int j = 0; j < n; j++) {
                out[j] = Index.paren(c, new Value[] {Subscripts.COLON, DoubleArray.scalar(j + 1)});
            }
            return out;
        }
        if (args.length < min) {
            throw mjc.runtime.error.Errors.notEnoughInputs();
        }
        return args;
    }

    private static Value sq(Value v) {
        return Operators.times(v, v);
    }

    /** [theta, rho, z] = cart2pol(x, y, z). */
    @Builtin("cart2pol")
    public static Value[] cart2pol(Value[] args, int nargout) {
        Value[] p = parts(args, 2, "cart2pol");
        Value theta = Elementary.atan2(p[1], p[0]);
        Value rho = Elementary.sqrt(Operators.plus(sq(p[0]), sq(p[1])));
        Value[] r = p.length == 3 ? new Value[] {theta, rho, p[2]} : new Value[] {theta, rho};
        return r;
    }

    /** [x, y, z] = pol2cart(theta, rho, z). */
    @Builtin("pol2cart")
    public static Value[] pol2cart(Value[] args, int nargout) {
        Value[] p = parts(args, 2, "pol2cart");
        Value x = Operators.times(p[1], Elementary.cos(p[0]));
        Value y = Operators.times(p[1], Elementary.sin(p[0]));
        Value[] r = p.length == 3 ? new Value[] {x, y, p[2]} : new Value[] {x, y};
        return r;
    }

    /** [azimuth, elevation, r] = cart2sph(x, y, z). */
    @Builtin("cart2sph")
    public static Value[] cart2sph(Value[] args, int nargout) {
        Value[] p = parts(args, 3, "cart2sph");
        Value xy = Operators.plus(sq(p[0]), sq(p[1]));
        Value az = Elementary.atan2(p[1], p[0]);
        Value el = Elementary.atan2(p[2], Elementary.sqrt(xy));
        Value r = Elementary.sqrt(Operators.plus(xy, sq(p[2])));
        return new Value[] {az, el, r};
    }

    /** [x, y, z] = sph2cart(azimuth, elevation, r). */
    @Builtin("sph2cart")
    public static Value[] sph2cart(Value[] args, int nargout) {
        Value[] p = parts(args, 3, "sph2cart");
        Value rc = Operators.times(p[2], Elementary.cos(p[1]));
        Value x = Operators.times(rc, Elementary.cos(p[0]));
        Value y = Operators.times(rc, Elementary.sin(p[0]));
        Value z = Operators.times(p[2], Elementary.sin(p[1]));
        return new Value[] {x, y, z};
    }
}
