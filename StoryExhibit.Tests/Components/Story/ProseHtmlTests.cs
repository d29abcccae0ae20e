using AngleSharp.Html.Parser;
using Bunit;
using StoryExhibit.Web.Components.Story;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Tests.Components.Story;

/// <summary>
/// Scene prose comes from a model that read a visitor's words, so it is hostile: nothing in it may become a link, an
/// image, a script, an element with an event handler or a style, whatever Markdown or HTML trick it uses.
/// </summary>
public sealed class ProseHtmlTests : ComponentTestContext
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "[click for treasure](javascript:alert(document.domain))", "click for treasure" },
        { "[x](JaVaScRiPt:alert(1))", "x" },
        { "[x](java\tscript:alert(1))", "x" },
        { "[x](&#106;avascript:alert(1))", "x" },
        { "[x](javascript&colon;alert(1))", "x" },
        { "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "x" },
        { "[x](vbscript:msgbox(1))", "x" },
        { "[a *bold* offer](https://evil.example/ \"title\")", "bold" },
        { "![x](http://tracker.example/track.png)", "x" },
        { "![a map](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "a map" },
        { "[![inner](http://tracker.example/a.png)](javascript:alert(1))", "inner" },
        { "<script>alert(1)</script>", "<script>alert(1)</script>" },
        { "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>" },
        { "<a href=\"https://evil.example\">evil</a>", "<a href=\"https://evil.example\">evil</a>" },
        { "<iframe src=\"https://evil.example\"></iframe>", "<iframe" },
        { "<svg onload=alert(1)>", "<svg onload=alert(1)>" },
        { "<style>body{display:none}</style>", "<style>" },
        { "<https://evil.example/page>", "https://evil.example/page" },
        { "<javascript:alert(1)>", "javascript:alert(1)" },
        { "<visitor@evil.example>", "visitor@evil.example" },
        { "[the key][1]\n\n[1]: javascript:alert(1)", "the key" },
        { "[the key]\n\n[the key]: http://tracker.example/x.png", "the key" },
        { "![the key][img]\n\n[img]: http://tracker.example/x.png", "the key" },
        { "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>" },
        { "&#60;img src=x onerror=alert(1)&#62;", "<img src=x onerror=alert(1)>" },
        { "[x](\u200Bjavascript:alert(1))", "x" },
        { "[x](\uFF4Aavascript:alert(1))", "x" },
        { "[x](<javascript:alert(1)>)", "x" },
        { "`<script>alert(1)</script>`", "<script>alert(1)</script>" },
        { "    <script>alert(1)</script>", "<script>alert(1)</script>" },
        { "<!-- <script>alert(1)</script> -->", "<!--" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_prose_renders_as_harmless_text(string prose, string shownText)
    {
        var document = new HtmlParser().ParseDocument($"<body>{ProseHtml.Render($"The hero found a note. {prose}\n\nThen the lantern went out.")}</body>");
        var body = document.Body!;

        Assert.Empty(body.QuerySelectorAll("a, img, script, iframe, svg, style, object, embed, link, base, form, video, audio, source"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name is "href" or "src" or "style" || a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(shownText, body.TextContent);
        Assert.Contains("Then the lantern went out.", body.TextContent);
    }

    [Fact]
    public void Ordinary_prose_keeps_its_paragraphs_and_emphasis()
    {
        var html = ProseHtml.Render("The *door* creaked.\n\nA **voice** said: \"Come in & sit.\"");
        Assert.Equal("<p>The <em>door</em> creaked.</p>\n<p>A <strong>voice</strong> said: &quot;Come in &amp; sit.&quot;</p>\n", html);
    }

    [Fact]
    public void A_heading_in_the_prose_sits_below_the_scene_heading()
    {
        // The page has the story's title as h1 and each scene's heading as h2: prose never climbs above them.
        Assert.Equal("<h3>Dawn</h3>\n<p>Light.</p>\n<h4>Noon</h4>\n", ProseHtml.Render("# Dawn\n\nLight.\n\n#### Noon"));
    }

    [Fact]
    public void A_link_keeps_its_words_and_their_emphasis_but_not_its_address()
    {
        Assert.Equal("<p>Follow <em>the</em> fox home.</p>\n", ProseHtml.Render("Follow [*the* fox](https://evil.example/?q=1) home."));
    }

    [Fact]
    public void The_prose_component_renders_no_link_image_or_script()
    {
        var cut = Render<Prose>(p => p.Add(c => c.Text,
            "[click for treasure](javascript:alert(document.domain)) ![x](http://tracker.example/track.png)\n\n<script>alert(1)</script> <https://evil.example>"));

        Assert.Empty(cut.FindAll("a, img, script"));
        Assert.Contains("click for treasure", cut.Find(".prose").TextContent);
        Assert.Contains("<script>alert(1)</script>", cut.Find(".prose").TextContent);
    }
}
