/* global GiamNgheoManifest, GiamNgheoContact */
/*
 * tao-manifest.html's script (ES5, inlined by scripts/release.js after manifest.js and contact.js): checks the
 * address and the contact details, says what is wrong beside each field in Vietnamese, and offers manifest.xml and
 * lien-he.json as downloads (Blob URLs: nothing leaves the machine). The dev manifest and the version are in the
 * page's #du-lieu block.
 */
(function () {
  "use strict";

  var TOO_OLD =
    "Trình duyệt này quá cũ để tạo manifest. Hãy mở tệp tao-manifest.html bằng Chrome, Edge hoặc Firefox.";
  var FIX_BELOW = "Chưa tạo được: hãy sửa các ô được đánh dấu bên dưới.";
  var ADDRESS_WHY = {
    empty:
      "Hãy nhập địa chỉ HTTPS của trang Trợ lý, ví dụ https://giamngheo.example.gov.vn/addin/.",
    notUrl:
      "Đây không phải một địa chỉ web đầy đủ. Hãy nhập cả phần https://, ví dụ https://giamngheo.example.gov.vn/addin/.",
    notHttps:
      "Địa chỉ phải bắt đầu bằng https://: Office chỉ tải tiện ích qua HTTPS, với chứng chỉ hợp lệ.",
    credentials: "Địa chỉ không được chứa tên đăng nhập hay mật khẩu.",
    query: "Địa chỉ không được có phần ? hoặc #: hãy nhập địa chỉ của thư mục chứa index.html.",
  };
  var FIELDS = {
    donVi: "don-vi",
    dienThoai: "dien-thoai",
    email: "email",
    ghiChu: "ghi-chu",
  };

  function byId(id) {
    return document.getElementById(id);
  }

  function say(id, text) {
    var el = byId(id);
    while (el.firstChild) el.removeChild(el.firstChild);
    if (text) el.appendChild(document.createTextNode(text));
  }

  function mark(inputId, message) {
    byId(inputId).setAttribute("aria-invalid", message ? "true" : "false");
    say(inputId + "-loi", message);
  }

  var urls = [];
  function offer(linkId, text, type) {
    var blob = new Blob([text], { type: type });
    var href = URL.createObjectURL(blob);
    urls.push(href);
    byId(linkId).href = href;
  }

  function create(data) {
    for (var i = 0; i < urls.length; i++) URL.revokeObjectURL(urls[i]);
    urls = [];
    byId("ket-qua").hidden = true;
    var first = null;
    var address = null;
    try {
      address = GiamNgheoManifest.normaliseAddress(byId("dia-chi").value);
      mark("dia-chi", "");
      byId("dia-chi").value = address;
    } catch (e) {
      if (!(e instanceof GiamNgheoManifest.AddressError)) throw e;
      mark("dia-chi", ADDRESS_WHY[e.code]);
      first = "dia-chi";
    }
    var checked = GiamNgheoContact.buildContact({
      donVi: byId("don-vi").value,
      dienThoai: byId("dien-thoai").value,
      email: byId("email").value,
      ghiChu: byId("ghi-chu").value,
    });
    for (var key in FIELDS) mark(FIELDS[key], "");
    for (var j = 0; j < checked.errors.length; j++) {
      var id = FIELDS[checked.errors[j].field];
      mark(id, checked.errors[j].vi);
      if (first === null) first = id;
    }
    if (first !== null) {
      say("loi-chung", FIX_BELOW);
      byId(first).focus();
      return;
    }
    say("loi-chung", "");
    var xml = GiamNgheoManifest.manifestFor(data.manifest, address, data.version);
    offer("tai-manifest", xml, "application/xml");
    offer("tai-lien-he", JSON.stringify(checked.contact, null, 2) + "\n", "application/json");
    say("phien-ban", GiamNgheoManifest.manifestVersion(data.version));
    say("dia-chi-lien-he", address + "lien-he.json");
    say("dia-chi-web-app", address);
    byId("noi-dung-manifest").value = xml;
    byId("ket-qua").hidden = false;
    byId("ket-qua-tieu-de").setAttribute("tabindex", "-1");
    byId("ket-qua-tieu-de").focus();
  }

  function start() {
    if (typeof URL !== "function" || typeof Blob !== "function" || !URL.createObjectURL) {
      say("loi-chung", TOO_OLD);
      return;
    }
    var data = JSON.parse(byId("du-lieu").textContent);
    byId("bieu-mau").addEventListener("submit", function (event) {
      event.preventDefault();
      create(data);
    });
  }

  start();
})();
