// The profile this device remembers: its code in a cookie the server reads when a page opens.
const name = "exhibit-profile";

export function remember(code) {
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${name}=${encodeURIComponent(code)}; path=/; max-age=31536000; samesite=lax${secure}`;
}

export function forget() {
    document.cookie = `${name}=; path=/; max-age=0; samesite=lax`;
}
