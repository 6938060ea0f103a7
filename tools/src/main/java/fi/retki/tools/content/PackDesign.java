package fi.retki.tools.content;

/** One built-in pack: what it looks like and where things are. */
interface PackDesign {
  String id();

  void build(PackWriter out);
}
