package fi.retki.server.live;

import fi.retki.scenes.Language;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words of the saved-work page ({@code index.html} in the ZIP), in the lesson's language, and
 * how that language writes a date and a time.
 */
record WorkWords(Locale locale, String at, String pupils, String code, String notes, String noNotes,
    String snapshots, String noSnapshots, String snapshotBy, String enlarge, String plan, String planPicture,
    String placed, String noPlan, String object, String placedBy, String where, String savedWith) {

  static WorkWords of(Language language) {
    switch (language) {
      case SV:
        return new WorkWords(Locale.forLanguageTag("sv-FI"), "kl.", "Elever (%d)", "Kod", "Anteckningar",
            "Inga anteckningar.", "Bilder", "Inga bilder.", "Bild av %s", "Klicka på en bild för att förstora den.",
            "Gårdsplanen", "Gårdsplanen sedd uppifrån", "Placerat på gården", "Inget placerades på gården.",
            "Sak", "Placerad av", "Plats (m)", "Sparat med Retki");
      case EN:
        return new WorkWords(Locale.forLanguageTag("en-GB"), "at", "Pupils (%d)", "Code", "Notes",
            "No notes.", "Snapshots", "No snapshots.", "Snapshot by %s", "Click a picture to enlarge it.",
            "The yard plan", "The yard plan from above", "Placed in the yard", "Nothing was placed in the yard.",
            "Object", "Placed by", "Where (m)", "Saved with Retki");
      default:
        return new WorkWords(Locale.forLanguageTag("fi-FI"), "klo", "Oppilaat (%d)", "Koodi", "Muistiinpanot",
            "Ei muistiinpanoja.", "Kuvat", "Ei kuvia.", "Kuva: %s", "Napsauta kuvaa, niin se suurenee.",
            "Pihasuunnitelma", "Pihasuunnitelma ylhäältä", "Pihalle sijoitettu", "Pihalle ei sijoitettu mitään.",
            "Esine", "Sijoittaja", "Paikka (m)", "Tallennettu Retkellä");
    }
  }

  /** "tiistai 1. joulukuuta 2026 klo 9.15", "Tuesday, 1 December 2026 at 09:15". */
  String dateTime(ZonedDateTime when) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(when) + " " + at + " "
        + time(when);
  }

  String time(ZonedDateTime when) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(when);
  }
}
