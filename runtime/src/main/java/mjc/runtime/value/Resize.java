package mjc.runtime.value;

/** Walks the elements an array keeps when it is resized, mapping old linear indices to new ones. */
public final class Resize {
    public interface Mover {
        void move(int src, int dst);
    }

    private Resize() {
    }

    public static void copyInto(int[] oldDims, int[] newDims, Mover mover) {
        int n = Dims.numel(oldDims);
        if (n == 0) {
            return;
        }
        int nd = Math.max(oldDims.length, newDims.length);
        int[] sub = new int[nd];
        for (int src = 0; src < n; src++) {
            // subscripts of src in old dims
            int rem = src;
            for (int k = 0; k < nd; k++) {
                int sz = Dims.size(oldDims, k);
                sub[k] = rem % sz;
                rem /= sz;
            }
            boolean inside = true;
            int dst = 0;
            int stride = 1;
            for (int k = 0; k < nd; k++) {
                int sz = Dims.size(newDims, k);
                if (sub[k] >= sz) {
                    inside = false;
                    break;
                }
                dst += sub[k] * stride;
                stride *= sz;
            }
            if (inside) {
                mover.move(src, dst);
            }
        }
    }
}
