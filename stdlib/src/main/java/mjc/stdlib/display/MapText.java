package mjc.stdlib.display;

import mjc.stdlib.maps.MapObject;

/** Octave's display of a containers.Map. */
final class MapText {
    private MapText() {
    }

    static String of(MapObject m, int indent) {
        return m.displayText(indent);
    }
}
