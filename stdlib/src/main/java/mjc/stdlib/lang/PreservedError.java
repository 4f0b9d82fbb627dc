package mjc.stdlib.lang;

import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;

/** rethrow(err): the same MException, keeping the stack it was first thrown with. */
final class PreservedError {
    private PreservedError() {
    }

    static MatlabError of(MException m) {
        return new MatlabError(m);
    }
}
