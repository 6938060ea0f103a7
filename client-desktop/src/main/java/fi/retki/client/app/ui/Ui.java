package fi.retki.client.app.ui;

import fi.retki.scenes.Language;
import fi.retki.scenes.LocalizedText;

/**
 * Every word the client shows, in Finnish, Swedish and English, in one place. The daycare mode
 * shows none of them.
 */
public enum Ui {
  TITLE("Retki", "Retki", "Retki"),
  // join screen and end of lesson
  LESSON_ENDED("Tunti on päättynyt", "Lektionen är slut", "The lesson has ended"),
  THANKS("Kiitos retkestä!", "Tack för utflykten!", "Thank you for coming along!"),
  BACK_TO_JOIN("Takaisin alkuun", "Tillbaka till början", "Back to the start"),
  REPLACED("Olet tunnilla nyt toisella koneella.", "Du är med på lektionen från en annan dator nu.",
      "You are in this class on another computer now."),
  SERVER("Palvelin", "Server", "Server"),
  CODE("Koodi", "Kod", "Code"),
  NICKNAME("Nimimerkki", "Smeknamn", "Nickname"),
  JOIN("Liity", "Gå med", "Join"),
  JOINING("Liitytään…", "Går med…", "Joining…"),
  NEED_CODE("Kirjoita taululla näkyvä koodi.", "Skriv koden som står på tavlan.", "Type the code shown on the board."),
  NEED_NICKNAME("Kirjoita nimimerkki (1–20 merkkiä).", "Skriv ett smeknamn (1–20 tecken).", "Type a nickname (1–20 characters)."),
  BAD_SERVER("Palvelimen osoite ei kelpaa. Kysy opettajalta.", "Serverns adress fungerar inte. Fråga läraren.", "The server address does not work. Ask your teacher."),
  UNKNOWN_CODE("Tätä koodia ei löydy. Tarkista koodi taululta.", "Koden finns inte. Kontrollera koden på tavlan.", "That code is not known. Check the code on the board."),
  JOINING_LOCKED("Tunnille ei voi enää liittyä. Kysy opettajalta.", "Lektionen är stängd för nya. Fråga läraren.", "This class is closed for joining. Ask your teacher."),
  CLASS_FULL("Tunti on täynnä. Kysy opettajalta.", "Lektionen är full. Fråga läraren.", "This class is full. Ask your teacher."),
  TOO_MANY_TRIES("Liian monta väärää koodia. Odota hetki ja yritä uudelleen.", "För många fel koder. Vänta en stund och försök igen.", "Too many wrong codes. Wait a moment and try again."),
  // picture join: the join screen of children who cannot read yet
  PICTURES("Kuvilla", "Med bilder", "With pictures"),
  LETTERS("Kirjaimilla", "Med bokstäver", "With letters"),
  PICTURE_TITLE("Klikkaa taulun kuvat järjestyksessä", "Klicka på bilderna från tavlan i ordning", "Click the pictures from the board, in order"),
  NEED_PICTURES("Valitse neljä kuvaa.", "Välj fyra bilder.", "Choose four pictures."),
  UNKNOWN_PICTURES("Näillä kuvilla ei löydy tuntia. Katso kuvat taululta.", "Ingen lektion har de här bilderna. Titta på tavlan.", "No class has these pictures. Look at the board."),
  SESSION_ENDED("Tunti on päättynyt.", "Lektionen är slut.", "The class has ended."),
  CANNOT_REACH("Palvelimeen ei saada yhteyttä. Yritä hetken päästä uudelleen.", "Servern svarar inte. Försök igen om en stund.", "Cannot reach the server. Try again in a moment."),
  LOADING("Ladataan maisemaa…", "Landskapet laddas…", "Loading the scene…"),
  LOAD_FAILED("Maisemaa ei saatu ladattua.", "Landskapet kunde inte laddas.", "The scene could not be loaded."),
  /** {@code %s}: the server's address. */
  NOT_ON_THIS_COMPUTER(
      "Palvelimeen (%s) ei saada yhteyttä, eikä tämä maisema ole vielä kokonaan tällä koneella.\nYhdistä verkkoon kerran, niin maisema ladataan.",
      "Servern (%s) går inte att nå, och landskapet finns inte helt på den här datorn än.\nAnslut en gång så laddas det ner.",
      "The server at %s cannot be reached and this scene is not fully on this computer yet.\nConnect once to download it."),
  RECONNECTING("Yhteys katkesi. Yhdistetään uudelleen – mitään ei katoa.", "Anslutningen bröts. Ansluter igen – inget går förlorat.", "Connection lost. Reconnecting – nothing is lost."),
  EYES_ON_TEACHER("Katse opettajaan", "Titta på läraren", "Eyes on the teacher"),
  CLOSE("Sulje", "Stäng", "Close"),
  LISTEN("Kuuntele", "Lyssna", "Listen"),
  SNAPSHOT("Kuva", "Bild", "Snapshot"),
  SNAPSHOT_SAVED("Kuva tallennettu.", "Bilden sparades.", "Snapshot saved."),
  NOTE("Muistiinpano", "Anteckning", "Note"),
  SAVE("Tallenna", "Spara", "Save"),
  NOTE_SAVED("Muistiinpano tallennettu.", "Anteckningen sparades.", "Note saved."),
  NOT_SAVED("Ei tallentunut vielä – yritetään uudelleen.", "Inte sparat än – försöker igen.", "Not saved yet – trying again."),
  HELP_EXPLORE("W A S D / nuolet: liiku | hiiren oikea: katso | klikkaa merkkiä | F2 kuva | F3 muistiinpano",
      "W A S D / pilar: gå | höger musknapp: titta | klicka på en nål | F2 bild | F3 anteckning",
      "W A S D / arrows: move | right mouse: look | click a pin | F2 snapshot | F3 note"),
  HELP_PLAN("Valitse esine ja klikkaa pihalle | vedä: siirrä | Q/E: käännä | Del: poista | Ctrl+Z: peru | T: ylhäältä",
      "Välj en sak och klicka på gården | dra: flytta | Q/E: vrid | Del: ta bort | Ctrl+Z: ångra | T: uppifrån",
      "Pick a thing and click the yard | drag: move | Q/E: turn | Del: remove | Ctrl+Z: undo | T: top view"),
  UNDO("Peru", "Ångra", "Undo"),
  TOP_VIEW("Ylhäältä", "Uppifrån", "Top view"),
  OUTSIDE_AREA("Esineen pitää olla pihan sisällä.", "Saken måste stå på gården.", "It must stand inside the yard."),
  NOT_OWNER("Vain esineen asettaja voi muuttaa sitä.", "Bara den som ställde dit saken kan ändra den.", "Only whoever placed it can change it.");

  private final LocalizedText text;

  Ui(String fi, String sv, String en) {
    this.text = new LocalizedText(fi, sv, en);
  }

  /** This text in a language. */
  public String in(Language language) {
    return text.get(language);
  }

  /** The message for a server's refusal code, or {@code null} for an unknown code. */
  public static Ui forRefusal(String code) {
    switch (code) {
      case "unknown-code":
        return UNKNOWN_CODE;
      case "joining-locked":
        return JOINING_LOCKED;
      case "class-full":
        return CLASS_FULL;
      case "too-many-tries":
        return TOO_MANY_TRIES;
      case "bad-nickname":
        return NEED_NICKNAME;
      case "session-ended":
        return SESSION_ENDED;
      case "outside-area":
        return OUTSIDE_AREA;
      case "not-owner":
        return NOT_OWNER;
      default:
        return null;
    }
  }
}
