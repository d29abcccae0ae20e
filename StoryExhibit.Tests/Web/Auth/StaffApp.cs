using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Staff;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Tests.Web.Auth;

/// <summary>
/// The whole app in the test process (WebApplicationFactory), on its own database, with the admin of
/// <see cref="AppServer"/> and a staff account; clients sign in through the real sign-in form.
/// </summary>
public class StaffApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string> _settings;

    public StaffApp() : this(new Dictionary<string, string>()) { }

    protected StaffApp(IDictionary<string, string> settings)
    {
        Folder = Directory.CreateTempSubdirectory("storyexhibit-auth-").FullName;
        _settings = new Dictionary<string, string>(settings)
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(Folder, "stories.db")}",
            ["Staff:Admin:UserName"] = AppServer.AdminUserName,
            ["Staff:Admin:Password"] = AppServer.AdminPassword,
        };
    }

    public string Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public async Task InitializeAsync()
    {
        _ = Server; // starts the app: the database is migrated and the admin created
        var created = await Services.GetRequiredService<StaffAccounts>().CreateAsync(AppServer.StaffUserName, AppServer.StaffPassword, StaffRole.Staff, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the sign-in form, as a browser would be.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = NewClient();
        var response = await PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/sign-in");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "sign-in",
            ["Form.UserName"] = userName,
            ["Form.Password"] = password,
        }));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
