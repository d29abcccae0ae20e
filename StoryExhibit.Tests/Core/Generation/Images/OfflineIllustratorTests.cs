using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Images;

public sealed partial class OfflineIllustratorTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly OfflineIllustrator _illustrator = new();

    private static readonly ImageRequest Forest = new()
    {
        Prompt = "Mira steps into the misty forest at dawn, her grandmother's compass in hand.",
        Characters = ["Mira"],
        Objects = ["a silver compass"],
        Style = ArtStyle.Watercolour,
        Seed = 7,
    };

    public static TheoryData<ArtStyle> Styles() => new(Enum.GetValues<ArtStyle>());

    /// <summary>A prompt per setting, with who and what, covering weather, times of day and moods.</summary>
    public static TheoryData<string, string> Scenes() => new()
    {
        { "A quiet walk through the forest by day.", "forest" },
        { "The ship sails a stormy sea toward the lighthouse.", "seashore" },
        { "Rain falls on the city street at night while the detective waits.", "city street" },
        { "The rocket lands on a moon, far out in space near a planet.", "moon" },
        { "Trumpets sound from the castle towers at sunset.", "castle" },
        { "Camels cross the desert dunes toward the pyramids.", "desert" },
        { "Snow covers the mountain peaks at dawn.", "mountain" },
        { "Lanterns glow in the village cottages in the evening.", "village" },
        { "Crystals shimmer deep inside the cave.", "cave" },
        { "They soar on a balloon among the clouds in the sky.", "clouds" },
        { "Fish dart over the coral reef under the sea.", "under the sea" },
        { "A happy picnic on the meadow.", "meadow" },
    };

    private GeneratedImage Draw(ImageRequest request) => _illustrator.Render(request);
    private static string Text(GeneratedImage image) => Encoding.UTF8.GetString(image.Bytes);

    [Theory]
    [MemberData(nameof(Styles))]
    public void Same_request_gives_byte_identical_svg(ArtStyle style)
    {
        var request = Forest with { Style = style };
        Assert.Equal(Draw(request).Bytes, Draw(request).Bytes);
        Assert.Equal(Draw(request).Bytes, new OfflineIllustrator().Render(request).Bytes);
    }

    [Fact]
    public void Another_seed_gives_another_picture()
    {
        Assert.NotEqual(Draw(Forest).Bytes, Draw(Forest with { Seed = 8 }).Bytes);
    }

    [Fact]
    public void Each_style_is_visibly_different()
    {
        var svgs = Enum.GetValues<ArtStyle>().ToDictionary(s => s, s => Text(Draw(Forest with { Style = s })));
        Assert.Equal(6, svgs.Values.Distinct().Count());

        Assert.Contains("feDisplacementMap", svgs[ArtStyle.Watercolour]);
        Assert.Contains("feTurbulence", svgs[ArtStyle.Watercolour]);
        Assert.Contains("crispEdges", svgs[ArtStyle.PixelArt]);
        Assert.DoesNotContain("<filter", svgs[ArtStyle.PixelArt]);
        Assert.Contains("<pattern id=\"dots\"", svgs[ArtStyle.Comic]);
        Assert.Contains("feDiffuseLighting", svgs[ArtStyle.OilPainting]);
        Assert.Contains("clipPath id=\"page\"", svgs[ArtStyle.Storybook]);

        // Pixel art keeps to its 32-colour palette; noir is all greys.
        Assert.InRange(Colours(svgs[ArtStyle.PixelArt]).Count, 4, 32);
        Assert.All(Colours(svgs[ArtStyle.Noir]), c => Assert.True(IsGrey(c), c));
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void Every_setting_and_style_is_well_formed_svg_under_200_KB(string prompt, string place)
    {
        foreach (var style in Enum.GetValues<ArtStyle>())
        {
            var request = new ImageRequest { Prompt = prompt, Style = style, Characters = ["Ada", "a red fox", "Sir Bram the knight"], Objects = ["a golden key", "the lantern"], Seed = 3 };
            var clock = Stopwatch.StartNew();
            var image = Draw(request);
            clock.Stop();

            var doc = XDocument.Parse(Text(image));
            Assert.Equal(Svg + "svg", doc.Root!.Name);
            Assert.Equal("0 0 1920 1080", doc.Root.Attribute("viewBox")!.Value);
            Assert.Equal(image.AltText, doc.Root.Element(Svg + "title")!.Value);
            Assert.Equal("image/svg+xml", image.MediaType);
            Assert.Equal((1920, 1080), (image.Width, image.Height));
            Assert.True(image.Bytes.Length < 200 * 1024, $"{style} {place}: {image.Bytes.Length} bytes");
            Assert.Contains(place, image.AltText);
            output.WriteLine($"{style,-12} {place,-14} {image.Bytes.Length / 1024.0,6:0.0} KB {clock.Elapsed.TotalMilliseconds,6:0.0} ms");
        }
    }

    [Fact]
    public void Alt_text_names_the_style_setting_time_characters_and_objects()
    {
        var image = Draw(Forest);
        Assert.Equal("A watercolour of a misty forest at dawn, with Mira and a silver compass.", image.AltText);

        var noir = Draw(new ImageRequest { Prompt = "Rain on the city street at night.", Characters = ["Detective Hale", "black cat"], Style = ArtStyle.Noir });
        Assert.Equal("A film-noir picture of a rainy city street at night, with Detective Hale and a black cat.", noir.AltText);
        Assert.StartsWith("An oil painting of", Draw(Forest with { Style = ArtStyle.OilPainting }).AltText);
    }

    [Fact]
    public void Objects_named_in_the_scene_are_drawn_when_none_are_given()
    {
        var image = Draw(new ImageRequest { Prompt = "In the cave, Tom found an old brass key beside a glowing potion." });
        Assert.Contains("old brass key", image.AltText);
        Assert.Contains("potion", image.AltText);
    }

    [Fact]
    public void Pictures_carry_no_text_and_names_only_in_the_escaped_title()
    {
        foreach (var style in Enum.GetValues<ArtStyle>())
        {
            var image = Draw(Forest with { Style = style, Characters = ["<Tom & \"Jerry\">", "a red fox"], Objects = ["a 'key' & <lock>", "the lantern"] });
            var doc = XDocument.Parse(Text(image));
            Assert.Empty(doc.Descendants(Svg + "text"));
            Assert.Contains("<Tom & \"Jerry\">", doc.Root!.Element(Svg + "title")!.Value);
            // the alt text, twice (aria-label and title), and nowhere else
            Assert.Equal(2, Regex.Matches(Text(image), "lantern").Count);
        }
    }

    [Fact]
    public void Other_aspect_ratios_keep_the_height_and_follow_the_width()
    {
        var image = Draw(Forest with { Width = 1024, Height = 1024 });
        var root = XDocument.Parse(Text(image)).Root!;
        Assert.Equal("0 0 1080 1080", root.Attribute("viewBox")!.Value);
        Assert.Equal("1024", root.Attribute("width")!.Value);
    }

    [Fact]
    public void Successive_frames_evolve_and_repeat_exactly()
    {
        var frames = Enumerable.Range(0, 4).Select(i => Text(_illustrator.RenderFrame(Forest with { Style = ArtStyle.Storybook }, i))).ToList();
        Assert.Equal(4, frames.Distinct().Count());
        Assert.Equal(frames[2], Text(_illustrator.RenderFrame(Forest with { Style = ArtStyle.Storybook }, 2)));

        // Smoothly: the next frame shares most of its drawing with this one (only drifting things move).
        var a = Elements(frames[1]); var b = Elements(frames[2]);
        var shared = a.Intersect(b).Count();
        Assert.True(shared > a.Count / 2, $"{shared} of {a.Count} elements unchanged");
    }

    [Fact]
    public async Task Live_frames_stream_at_the_asked_rate_until_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var frames = new List<LiveFrame>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in _illustrator.StreamFramesAsync(Forest with { Style = ArtStyle.PixelArt }, 20, cts.Token))
            {
                frames.Add(frame);
                if (frames.Count == 4) cts.Cancel();
            }
        });

        Assert.Equal([1L, 2, 3, 4], frames.Select(f => f.Id));
        Assert.True(frames[3].Timestamp > frames[0].Timestamp);
        Assert.Equal(4, frames.Select(f => Convert.ToBase64String(f.Image.Bytes)).Distinct().Count());
    }

    [Theory]
    [InlineData("", 1920, 1080)]
    [InlineData("a forest", 10, 1080)]
    [InlineData("a forest", 1920, 9000)]
    public void Bad_requests_are_refused_with_a_clear_message(string prompt, int width, int height)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Draw(new ImageRequest { Prompt = prompt, Width = width, Height = height }));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public async Task Generate_async_returns_the_same_picture()
    {
        var image = await _illustrator.GenerateAsync(Forest, CancellationToken.None);
        Assert.Equal(Draw(Forest).Bytes, image.Bytes);
        Assert.Equal("offline", _illustrator.Name);
    }

    private static HashSet<string> Colours(string svg) => HexColour().Matches(svg).Select(m => m.Value.ToLowerInvariant()).ToHashSet();

    private static bool IsGrey(string hex) => hex.Length == 7 && hex[1..3] == hex[3..5] && hex[3..5] == hex[5..7];

    private static List<string> Elements(string svg) => XDocument.Parse(svg).Descendants().Select(e => e.ToString(SaveOptions.DisableFormatting)).Where(s => s.Length < 400).ToList();

    [GeneratedRegex("#[0-9a-fA-F]{6}\\b")]
    private static partial Regex HexColour();
}
