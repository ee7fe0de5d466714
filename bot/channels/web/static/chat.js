/* KP-Assistent web chat: talks to the Rasa server over socket.io (same origin, session persistence).
 * Every message text is inserted with textContent – never as HTML. */
"use strict";

(function () {
  const SITZUNG_SCHLUESSEL = "kp-assistent.session_id";
  const ANTWORT_WARTEZEIT_MS = 90000;
  const EREIGNIS_NUTZER = "user_uttered";
  const EREIGNIS_BOT = "bot_uttered";
  const MODALITAET = {
    muss: "Pflicht (ist zu)",
    soll: "Regelfall (soll)",
    kann: "Ermessen (kann)",
  };

  const verlaufEl = document.getElementById("verlauf");
  const beispiele = document.getElementById("beispiele");
  const tippt = document.getElementById("tippt");
  const statusEl = document.getElementById("status");
  const formular = document.getElementById("eingabe");
  const eingabe = document.getElementById("frage");
  const neuKnopf = document.getElementById("neu");

  let sitzung = leseSitzung();
  let wartetSeit = 0;
  let warteUhr = null;

  function leseSitzung() {
    try { return window.sessionStorage.getItem(SITZUNG_SCHLUESSEL); } catch (e) { return null; }
  }

  function merkeSitzung(id) {
    sitzung = id;
    try {
      if (id) window.sessionStorage.setItem(SITZUNG_SCHLUESSEL, id);
      else window.sessionStorage.removeItem(SITZUNG_SCHLUESSEL);
    } catch (e) { /* without storage a reload starts a new conversation */ }
  }

  function element(tag, klasse, text) {
    const el = document.createElement(tag);
    if (klasse) el.className = klasse;
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }

  function knopf(text, klasse, beiKlick) {
    const b = element("button", "knopf " + klasse, text);
    b.type = "button";
    b.addEventListener("click", beiKlick);
    return b;
  }

  function zeigeStatus(text) { statusEl.textContent = text || ""; }

  /* connection state as data-verbindung on <body>: verbindet | verbunden | bereit | getrennt */
  function verbindung(zustand) { document.body.dataset.verbindung = zustand; }

  function aktualisiereBeispiele() {
    beispiele.hidden = verlaufEl.childElementCount > 0;
  }

  /* the conversation area scrolls on wide screens, the whole page on narrow or zoomed ones:
   * scrollIntoView serves both; a long answer is shown from its start (the verdict) */
  function nachUnten(el) {
    const ziel = el || tippt;
    if (!ziel || ziel.hidden) return;
    ziel.scrollIntoView({ block: ziel.offsetHeight > window.innerHeight * 0.5 ? "start" : "end" });
  }

  /* ---------- Warten auf Antwort ---------- */

  function warteAufAntwort() {
    wartetSeit = Date.now();
    tippt.hidden = false;
    clearTimeout(warteUhr);
    warteUhr = setTimeout(function () {
      tippt.hidden = true;
      wartetSeit = 0;
      zeigeSystem("Keine Antwort erhalten. Bitte versuchen Sie es noch einmal.");
    }, ANTWORT_WARTEZEIT_MS);
    nachUnten();
  }

  function antwortDa() {
    wartetSeit = 0;
    clearTimeout(warteUhr);
    tippt.hidden = true;
  }

  /* ---------- Darstellung ---------- */

  function zeigeNutzer(text) {
    const box = element("div", "nachricht nutzer");
    box.append(element("span", "sr-only", "Sie: "));
    box.append(element("p", "", text));
    verlaufEl.append(box);
    aktualisiereBeispiele();
    nachUnten(box);
    return box;
  }

  function zeigeSystem(text) {
    const box = element("div", "nachricht system");
    box.append(element("p", "", text));
    verlaufEl.append(box);
    aktualisiereBeispiele();
    nachUnten(box);
  }

  function quellen(custom) {
    if (!custom || (custom.typ !== "entscheidung" && custom.typ !== "originaltext")) return [];
    const liste = [];
    (Array.isArray(custom.abschnitte) ? custom.abschnitte : []).forEach(function (a) {
      liste.push({ text: "Weisung Pkt. " + a, abschnitt: String(a) });
    });
    (Array.isArray(custom.normen) ? custom.normen : []).forEach(function (n) {
      liste.push({ text: String(n) });
    });
    return liste;
  }

  function textBloecke(box, text, mitQuellen) {
    const zeilen = String(text || "").split("\n").filter(function (z) { return z.trim() !== ""; });
    let liste = null;
    zeilen.forEach(function (zeile, i) {
      if (mitQuellen && zeile.indexOf("Quelle: ") === 0) return; /* shown as chips */
      if (zeile.indexOf("• ") === 0) {
        if (!liste) { liste = element("ul"); box.append(liste); }
        liste.append(element("li", "", zeile.slice(2)));
        return;
      }
      liste = null;
      let klasse = "";
      if (i === 0 && zeilen.length > 1) klasse = "verdikt";
      else if (zeile.indexOf("Rückfrage: ") === 0) klasse = "rueckfrage";
      box.append(element("p", klasse, zeile));
    });
  }

  function quellenLeiste(eintraege, alsKnopf) {
    const leiste = element("div", "quellen");
    leiste.append(element("span", "quellen-titel", "Quelle:"));
    const ul = element("ul");
    eintraege.forEach(function (q) {
      const li = element("li");
      if (alsKnopf && q.abschnitt) {
        const b = knopf(q.text, "chip", function () { sende("Zeig mir Pkt. " + q.abschnitt); });
        b.className = "chip";
        b.title = "Originaltext von Pkt. " + q.abschnitt + " anzeigen";
        li.append(b);
      } else {
        li.append(element("span", "chip", q.text));
      }
      ul.append(li);
    });
    leiste.append(ul);
    return leiste;
  }

  function auswahlLeiste(antworten, frage) {
    const gruppe = element("div", "auswahl");
    gruppe.setAttribute("role", "group");
    gruppe.setAttribute("aria-label", frage || "Antwortmöglichkeiten");
    antworten.forEach(function (a) {
      if (!a || typeof a.title !== "string" || typeof a.payload !== "string") return;
      const b = knopf(a.title, "knopf-rand", function () {
        if (sende(a.payload, a.title)) waehle(gruppe, b);
      });
      gruppe.append(b);
    });
    return gruppe;
  }

  function waehle(gruppe, gewaehlt) {
    gruppe.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    if (gewaehlt) gewaehlt.classList.add("gewaehlt");
  }

  /* a drawn icon instead of 👍/👎: emoji fonts are missing on many office PCs */
  function daumen() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "daumen");
    const pfad = document.createElementNS(ns, "path");
    pfad.setAttribute("d", "M2 21h4V9H2v12zm20-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06" +
      "L13.17 1 6.59 7.59C6.22 7.95 6 8.45 6 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05" +
      "c.09-.23.14-.47.14-.73v-2z");
    svg.append(pfad);
    return svg;
  }

  function bewertungsLeiste(antwortId, bewertung) {
    const gruppe = element("span", "bewertung");
    gruppe.setAttribute("role", "group");
    gruppe.setAttribute("aria-label", "War die Antwort hilfreich?");
    const gut = knopf("", "knopf-rand", function () { bewerte("gut"); });
    const schlecht = knopf("", "knopf-rand daumen-runter", function () { bewerte("schlecht"); });
    gut.append(daumen());
    schlecht.append(daumen());
    gut.setAttribute("aria-label", "Hilfreich");
    schlecht.setAttribute("aria-label", "Nicht hilfreich");
    [gut, schlecht].forEach(function (b) { b.setAttribute("aria-pressed", "false"); });

    function markiere(wert) {
      const b = wert === "gut" ? gut : schlecht;
      b.setAttribute("aria-pressed", "true");
      gut.disabled = true;
      schlecht.disabled = true;
    }

    function bewerte(wert) {
      if (sendeStill("/feedback" + JSON.stringify({ antwort_id: antwortId, bewertung: wert }))) markiere(wert);
      eingabe.focus();
    }

    if (bewertung === "gut" || bewertung === "schlecht") markiere(bewertung);
    gruppe.append(gut, schlecht);
    return gruppe;
  }

  function zeigeBot(n) {
    if (!n || typeof n !== "object") return null;
    const custom = n.custom && typeof n.custom === "object" ? n.custom : null;
    const box = element("div", "nachricht bot");
    box.append(element("span", "sr-only", "Assistent: "));
    const eintraege = quellen(custom);
    if (custom && custom.typ === "entscheidung" && MODALITAET[custom.modalitaet]) {
      box.append(element("span", "modalitaet", MODALITAET[custom.modalitaet]));
    }
    textBloecke(box, n.text, eintraege.length > 0);
    const antworten = Array.isArray(n.quick_replies) ? n.quick_replies : [];
    if (antworten.length) {
      const rueckfrage = box.querySelector(".rueckfrage");
      box.append(auswahlLeiste(antworten, rueckfrage ? rueckfrage.textContent : ""));
    }
    if (eintraege.length) box.append(quellenLeiste(eintraege, custom.typ === "entscheidung"));
    if (custom && custom.typ === "entscheidung") {
      /* "Warum?" and "Originaltext" refer to the latest answer only */
      verlaufEl.querySelectorAll(".folgefragen").forEach(function (el) { el.remove(); });
      const aktionen = element("div", "aktionen");
      const folge = element("span", "folgefragen");
      folge.append(knopf("Warum?", "knopf-rand", function () { sende("Warum?"); }),
                   knopf("Originaltext", "knopf-rand", function () { sende("Originaltext"); }));
      aktionen.append(folge);
      if (typeof custom.antwort_id === "string") aktionen.append(bewertungsLeiste(custom.antwort_id, n.bewertung));
      box.append(aktionen);
    }
    verlaufEl.append(box);
    aktualisiereBeispiele();
    nachUnten(box);
    return box;
  }

  function zeigeVerlauf(nachrichten) {
    verlaufEl.replaceChildren();
    let letzteAuswahl = null;
    (Array.isArray(nachrichten) ? nachrichten : []).forEach(function (n) {
      if (n && n.von === "nutzer") {
        if (letzteAuswahl) {
          const gewaehlt = Array.from(letzteAuswahl.querySelectorAll("button"))
            .find(function (b) { return b.textContent === n.text; });
          if (gewaehlt) waehle(letzteAuswahl, gewaehlt);
        }
        letzteAuswahl = null;
        zeigeNutzer(n.text);
      } else {
        const box = zeigeBot(n);
        letzteAuswahl = box ? box.querySelector(".auswahl") : null;
      }
    });
    aktualisiereBeispiele();
    if (verlaufEl.lastElementChild) verlaufEl.lastElementChild.scrollIntoView({ block: "end" });
  }

  /* ---------- Senden ---------- */

  let socket = null;

  function bereit() {
    if (socket && socket.connected && sitzung) return true;
    zeigeStatus("Noch keine Verbindung zum Assistenten – bitte gleich noch einmal senden.");
    return false;
  }

  function sende(text, anzeige) {
    if (!bereit()) return false;
    zeigeNutzer(anzeige || text);
    socket.emit(EREIGNIS_NUTZER, { message: text, session_id: sitzung });
    warteAufAntwort();
    eingabe.focus();
    return true;
  }

  /* feedback: no bubble of its own, but the assistant confirms it */
  function sendeStill(text) {
    if (!bereit()) return false;
    socket.emit(EREIGNIS_NUTZER, { message: text, session_id: sitzung });
    warteAufAntwort();
    return true;
  }

  formular.addEventListener("submit", function (ereignis) {
    ereignis.preventDefault();
    const text = eingabe.value.trim();
    if (!text) {
      zeigeStatus("Bitte geben Sie zuerst eine Frage ein.");
      eingabe.focus();
      return;
    }
    if (sende(text)) {
      eingabe.value = "";
      zeigeStatus("");
    }
  });

  beispiele.querySelectorAll("button.beispiel").forEach(function (b) {
    b.addEventListener("click", function () { sende(b.textContent); });
  });

  neuKnopf.addEventListener("click", function () {
    if (socket && socket.connected && sitzung) {
      socket.emit(EREIGNIS_NUTZER, { message: "/restart", session_id: sitzung });
    }
    merkeSitzung(null);
    antwortDa();
    verlaufEl.replaceChildren();
    aktualisiereBeispiele();
    if (socket && socket.connected) {
      verbindung("verbunden");
      socket.emit("session_request", {});
    }
    zeigeStatus("");
    eingabe.value = "";
    eingabe.focus();
  });

  /* ---------- Verbindung ---------- */

  if (typeof window.io !== "function") {
    zeigeStatus("Der Web-Chat ist nicht vollständig eingerichtet (socket.io-Client fehlt). " +
                "Bitte wenden Sie sich an den IT-Betrieb.");
    aktualisiereBeispiele();
    return;
  }

  /* the socket lives next to /webhooks/web/ on the same server, also behind a path prefix */
  const pfad = window.location.pathname.replace(/webhooks\/web(\/.*)?$/, "") + "socket.io";
  /* websocket first: one connection, so no sticky sessions are needed behind a load balancer */
  socket = window.io({ path: pfad, transports: ["websocket", "polling"], tryAllTransports: true });

  socket.on("connect", function () {
    verbindung("verbunden");
    zeigeStatus("");
    socket.emit("session_request", { session_id: sitzung });
  });
  socket.on("disconnect", function () {
    verbindung("getrennt");
    zeigeStatus("Verbindung unterbrochen – sie wird wiederhergestellt …");
  });
  socket.on("connect_error", function () {
    zeigeStatus("Keine Verbindung zum Assistenten – neuer Versuch läuft …");
  });
  socket.on("session_confirm", function (id) {
    if (typeof id === "string") merkeSitzung(id);
  });
  socket.on("verlauf", function (daten) {
    if (!daten || daten.session_id !== sitzung) return;
    verbindung("bereit");
    /* keep what is on screen while an answer is still on its way (after a reconnect) */
    if (wartetSeit && verlaufEl.childElementCount) return;
    zeigeVerlauf(daten.nachrichten);
  });
  socket.on(EREIGNIS_BOT, function (n) {
    antwortDa();
    zeigeBot(n);
  });

  /* with a stored session the examples wait for the history, so a reload does not flicker */
  if (!sitzung) aktualisiereBeispiele();
})();
