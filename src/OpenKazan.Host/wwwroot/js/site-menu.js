// On a phone the header folds the languages, the account and the main menu behind one button, so the page's own
// content starts near the top. Without script nothing is folded: the class below is what turns the folding on.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
    const button = document.querySelector(".menu-button");
    if (!button) {
        return;
    }

    button.addEventListener("click", function () {
        const open = document.documentElement.classList.toggle("menu-open");
        button.setAttribute("aria-expanded", String(open));
    });
});
