using System.Net;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Stories;

namespace StoryExhibit.Tests.Web.Exhibit;

/// <summary>The wording of a pause, the network a guesser is counted in, and the QR code's address.</summary>
public sealed class StoryCodeGateTests
{
    [Theory]
    [InlineData(0.2, "1 second")]
    [InlineData(45.1, "46 seconds")]
    [InlineData(59.2, "1 minute")] // rounded up: never told to come back too early
    [InlineData(61, "2 minutes")]
    public void A_pause_says_when_to_try_again_in_plain_words(double seconds, string expected)
    {
        Assert.Equal(expected, StoryCodeGate.InWords(TimeSpan.FromSeconds(seconds)));
        Assert.Contains($"Please try again in {expected}.", StoryCodeGate.TooManyTries(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")] // the same household's /64: one network, not millions
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void Guessers_are_counted_by_network(string address, string network)
        => Assert.Equal(network, VisitorIdentity.NetworkOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://stories.example.org", "https://stories.example.org/story/OTTER-LANTERN-MANGO-48213")]
    [InlineData(" https://example.org/exhibit/ ", "https://example.org/exhibit/story/OTTER-LANTERN-MANGO-48213")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_QR_code_links_to_the_configured_address_or_is_not_shown(string? publicBaseUrl, string? expected)
        => Assert.Equal(expected, StoryQrCodes.LinkFor(publicBaseUrl, "OTTER-LANTERN-MANGO-48213"));

    [Fact]
    public void The_QR_markup_is_plain_SVG_with_no_text_script_or_data_address()
    {
        var svg = StoryQrCodes.Svg("https://stories.example.org/story/OTTER-LANTERN-MANGO-48213\"><script>");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.DoesNotContain("script", svg);
        Assert.DoesNotContain("OTTER", svg);
        Assert.DoesNotContain("data:", svg);
        Assert.Matches("^<svg [^<]*><rect [^<]*/><path fill=\"#000\" d=\"[Mhvz0-9 -]+\"/></svg>$", svg);
    }
}
