using System.Globalization;
using System.Text;
using QRCoder;

namespace StoryExhibit.Web.Stories;

/// <summary>
/// The QR code that opens a story on a phone. Its address comes from the configured public address of the exhibit
/// (<c>Exhibit:PublicBaseUrl</c>), never from a request's Host header, which anyone can forge: without one there is
/// no QR code. It is drawn as SVG markup on the server, so it needs no script, no data URL and no extra endpoint that
/// would take a code.
/// </summary>
public static class StoryQrCodes
{
    /// <summary>The address that opens the story with <paramref name="code"/>, or null when no public address is set.</summary>
    public static string? LinkFor(string? publicBaseUrl, string code)
    {
        if (string.IsNullOrWhiteSpace(publicBaseUrl)) return null;
        return $"{publicBaseUrl.Trim().TrimEnd('/')}/story/{Uri.EscapeDataString(code)}";
    }

    /// <summary>
    /// An SVG of the QR code for <paramref name="text"/>: one path of dark squares on a white square with the quiet zone
    /// around it, hidden from screen readers (the element around it carries the name).
    /// </summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix; // quiet zone included
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                if (modules[y][x]) path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
