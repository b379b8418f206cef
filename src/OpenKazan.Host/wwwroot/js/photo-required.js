// Says "required" or "optional" next to the photo field as the chosen category needs (the server checks it too).
(function () {
    const select = document.getElementById("CategoryId");
    const mark = document.querySelector("[data-photo-required-mark]");
    const optional = document.querySelector("[data-photo-optional-mark]");
    if (!select || !mark || !optional) {
        return;
    }

    const update = () => {
        const option = select.options[select.selectedIndex];
        mark.hidden = !(option && option.dataset.photoRequired === "true");
        optional.hidden = !mark.hidden;
    };
    select.addEventListener("change", update);
    update();
})();
