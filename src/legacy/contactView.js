/* global CONTACT */
/* exported showContactIn */
/*
 * The province's contact on the legacy page (legacy.js) and the support page (ho-tro.html, through lien-he.js):
 * lien-he.json (src/release/contact.js) is read from the site's root, beside the page; only when it holds usable
 * details does each `<p data-help="vi|en">` say them. No file, a network error or a malformed file leave the
 * page's generic words as they are. ES5 with XMLHttpRequest, so Internet Explorer 11 runs it too.
 * The build puts this file, with CONTACT (src/release/contact.js), inside legacy.js and lien-he.js.
 */
function fetchContact(done) {
  var xhr;
  try {
    xhr = new XMLHttpRequest();
    xhr.open("GET", CONTACT.CONTACT_FILE, true);
  } catch (_e) {
    return;
  }
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4 || xhr.status !== 200) return;
    var contact = null;
    try {
      contact = CONTACT.readContact(JSON.parse(xhr.responseText));
    } catch (_e) {
      contact = null;
    }
    if (contact) done(contact);
  };
  try {
    xhr.send();
  } catch (_e) {
    // Offline, or a page opened from disk: the generic words stay.
  }
}

function contactLink(href, text) {
  var a = document.createElement("a");
  a.href = href;
  a.appendChild(document.createTextNode(text));
  return a;
}

/** "Cần giúp đỡ, hãy liên hệ <unit>, điện thoại <tel>, thư điện tử <mailto>. <note>" in `p`, replacing its words. */
function showContact(p, words, contact) {
  while (p.firstChild) p.removeChild(p.firstChild);
  p.appendChild(document.createTextNode(words.helpWith + contact.donVi));
  if (contact.dienThoai) {
    p.appendChild(document.createTextNode(", " + words.phone + " "));
    p.appendChild(contactLink(CONTACT.telHref(contact.dienThoai), contact.dienThoai));
  }
  if (contact.email) {
    p.appendChild(document.createTextNode(", " + words.email + " "));
    p.appendChild(contactLink("mailto:" + contact.email, contact.email));
  }
  p.appendChild(document.createTextNode("."));
  if (contact.ghiChu) p.appendChild(document.createTextNode(" " + contact.ghiChu));
}

/** Every `<p data-help="vi|en">` under `root` names the contact in its language (`texts[lang]`), once it is read. */
function showContactIn(root, texts) {
  fetchContact(function (contact) {
    var ps = root.getElementsByTagName("p");
    for (var i = 0; i < ps.length; i++) {
      var lang = ps[i].getAttribute("data-help");
      if (lang && texts[lang]) showContact(ps[i], texts[lang], contact);
    }
  });
}
