using System.Net;
using Microsoft.AspNetCore.Http;
using StoryExhibit.Web.Exhibit;

namespace StoryExhibit.Tests.Web.Exhibit;

/// <summary>Who a visitor is: a browser by its random cookie; the dashboard's pseudonym never stands for an address.</summary>
public sealed class VisitorIdentityTests
{
    private static VisitorIdentity For(string? cookie, string address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (cookie is not null) context.Request.Headers.Cookie = $"{VisitorIdentity.CookieName}={cookie}";
        return new VisitorIdentity(new HttpContextAccessor { HttpContext = context });
    }

    [Fact]
    public void A_browser_with_its_cookie_gets_a_stable_pseudonym_that_is_not_the_cookie()
    {
        var first = For("3f2a9c", "10.0.0.7").Pseudonym;
        Assert.Matches("^[0-9A-F]{16}$", first);
        Assert.Equal(first, For("3f2a9c", "10.0.0.8").Pseudonym);
        Assert.NotEqual(first, For("77bb01", "10.0.0.7").Pseudonym);
        Assert.DoesNotContain("3f2a9c", first!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_the_cookie_the_limits_fall_back_to_the_address_but_no_pseudonym_is_given()
    {
        var visitor = For(null, "10.0.0.7");
        Assert.Equal("address:10.0.0.7", visitor.Key);
        Assert.Null(visitor.Pseudonym);
    }
}
