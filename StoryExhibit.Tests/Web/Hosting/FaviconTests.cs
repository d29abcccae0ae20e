using System.Net;
using System.Text.RegularExpressions;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Hosting;

/// <summary>Every page links the exhibit's icon, and the address browsers ask for anyway (/favicon.ico) finds it too.</summary>
public sealed partial class FaviconTests(FaviconTests.App app) : IClassFixture<FaviconTests.App>
{
    [Fact]
    public async Task The_icon_the_page_links_and_favicon_ico_both_answer_with_an_image()
    {
        var page = await app.Client.GetStringAsync("/");
        var linked = IconLink().Match(page);
        Assert.True(linked.Success, "The page links an icon.");
        Assert.Equal("favicon.svg", linked.Groups["href"].Value);

        foreach (var address in new[] { "/" + linked.Groups["href"].Value, "/favicon.ico" })
        {
            using var response = await app.Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart());
        }
    }

    [GeneratedRegex("""<link rel="icon" href="(?<href>[^"]+)" type="image/svg\+xml"\s*/?>""")]
    private static partial Regex IconLink();

    public sealed class App : InProcessApp
    {
        protected override bool FollowsRedirects => true;
    }
}
