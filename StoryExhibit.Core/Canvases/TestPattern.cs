using System.Globalization;
using System.Security;
using System.Text;

namespace StoryExhibit.Core.Canvases;

/// <summary>An SVG test card for setting up a screen: colour bars, a grey ramp, the canvas's address, a clock and the frame counter.</summary>
public static class TestPattern
{
    public const string MediaType = "image/svg+xml";
    private static readonly string[] Bars = ["#c0c0c0", "#c0c000", "#00c0c0", "#00c000", "#c000c0", "#c00000", "#0000c0"];

    public static byte[] Render(string slug, long frame, double fps, DateTimeOffset time, int width = 1920, int height = 1080)
    {
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder(4096);
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 1920 1080\">");
        svg.Append("<title>Test pattern</title><rect width=\"1920\" height=\"1080\" fill=\"#101010\"/>");
        var barWidth = 1920.0 / Bars.Length;
        for (var i = 0; i < Bars.Length; i++)
            svg.Append(inv, $"<rect x=\"{i * barWidth:0.##}\" y=\"0\" width=\"{barWidth + 0.5:0.##}\" height=\"700\" fill=\"{Bars[i]}\"/>");
        for (var i = 0; i < 16; i++)
        {
            var grey = (int)Math.Round(i * 255 / 15.0);
            svg.Append(inv, $"<rect x=\"{i * 120}\" y=\"700\" width=\"121\" height=\"120\" fill=\"rgb({grey},{grey},{grey})\"/>");
        }
        // A marker that sweeps along the bottom once every 16 frames: motion is visible even when the clock is not read.
        svg.Append(inv, $"<rect x=\"{frame % 16 * 120}\" y=\"1010\" width=\"120\" height=\"70\" fill=\"#f3c969\"/>");
        svg.Append("<rect x=\"460\" y=\"210\" width=\"1000\" height=\"430\" rx=\"24\" fill=\"#000\" fill-opacity=\"0.82\"/>");
        svg.Append("<g font-family=\"DejaVu Sans Mono, monospace\" fill=\"#fff\" text-anchor=\"middle\">");
        svg.Append(inv, $"<text x=\"960\" y=\"330\" font-size=\"84\" font-weight=\"bold\">{SecurityElement.Escape(slug)}</text>");
        svg.Append(inv, $"<text x=\"960\" y=\"460\" font-size=\"110\" fill=\"#f3c969\">{time.ToLocalTime():HH:mm:ss.f}</text>");
        svg.Append(inv, $"<text x=\"960\" y=\"580\" font-size=\"56\" fill=\"#c9c0dd\">frame {frame} · {fps:0.##} fps</text>");
        svg.Append("</g></svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }
}
