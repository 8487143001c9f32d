package io.tranchelab.model;

/** Builds RFC 6901 JSON pointers, escaping '~' and '/' in names that come from user data. */
public final class Pointers {

    private Pointers() {
    }

    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
