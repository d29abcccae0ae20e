using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

public static class SettingsHosting
{
    /// <summary>Data Protection's application name: keys made by one run of the app are read by the next.</summary>
    public const string ApplicationName = "StoryExhibit";

    /// <summary>
    /// Staff-editable settings: the <c>SettingOverrides</c> table added as the last configuration source (so staff
    /// changes beat appsettings.json, environment variables and the command line), reloaded after every save and
    /// after the database is migrated; secrets encrypted with Data Protection (keys in a <c>keys</c> folder next to
    /// the database file); the settings pages' services. Call after the core services are added.
    /// </summary>
    public static IHostApplicationBuilder AddExhibitSettings(this IHostApplicationBuilder builder)
    {
        var folders = new DataFolders(builder.Configuration);
        var keys = new DirectoryInfo(folders.Keys);

        var certificate = KeyRingProtection.LoadCertificate(builder.Configuration);

        builder.Services.AddDataProtection().PersistKeysToFileSystem(keys).SetApplicationName(ApplicationName).ProtectWith(certificate);
        builder.Services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        builder.Services.AddHostedService(sp => new KeyRingWarningAtStart(certificate is not null, keys.FullName, sp.GetRequiredService<ILogger<KeyRingWarningAtStart>>()));

        // Configuration is read before the services exist, so the source gets its own protector over the same keys.
        var bootProtector = new DataProtectionSecretProtector(DataProtectionProvider.Create(keys, b => b.SetApplicationName(ApplicationName).ProtectWith(certificate)));
        builder.Configuration.Sources.Add(new SettingsConfigurationSource(folders.ConnectionString, bootProtector));

        builder.Services.AddSingleton(sp =>
        {
            var store = new SettingsStore(sp.GetRequiredService<IDbContextFactory<StoryExhibitDb>>(), sp.GetRequiredService<ISecretProtector>());
            var configuration = sp.GetRequiredService<IConfiguration>();
            var log = sp.GetRequiredService<ILogger<SettingsStore>>();
            store.Saved += _ =>
            {
                foreach (var problem in SettingsConfiguration.Reload(configuration))
                    log.LogWarning(problem, "Settings were saved and reloaded, but a listener refused the new values");
            };
            return store;
        });
        builder.Services.AddHostedService<SettingsReloadAtStart>();
        builder.Services.AddScoped<SpeechSettingsEditor>();
        builder.Services.AddScoped<SpeechInputSettingsEditor>();
        builder.Services.AddScoped<BudgetSettingsEditor>();
        return builder;
    }
}

/// <summary>
/// Reloads the staff settings once the database is ready: registered after the DatabaseInitializer, so it starts
/// after the migration (on a first start the table did not exist when configuration was built).
/// </summary>
internal sealed class SettingsReloadAtStart(IConfiguration configuration, ILogger<SettingsReloadAtStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        foreach (var problem in SettingsConfiguration.Reload(configuration)) throw problem; // as ValidateOnStart would
        foreach (var provider in SettingsConfiguration.Providers(configuration))
        {
            foreach (var key in provider.UnreadableSecrets)
                log.LogWarning("The stored {Setting} cannot be decrypted (were the Data Protection keys lost?): it is not used; enter it again", key);
            foreach (var key in provider.WithheldSecrets)
                log.LogWarning("The stored {Setting} was entered for another address than the one in effect: it is not sent; an admin enters it again", key);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Questions about where a configuration value comes from.</summary>
public static class SettingsConfiguration
{
    public static IEnumerable<SettingsConfigurationProvider> Providers(IConfiguration configuration) =>
        configuration is IConfigurationRoot root ? root.Providers.OfType<SettingsConfigurationProvider>() : [];

    /// <summary>
    /// Reads the staff settings again; <c>IOptionsMonitor</c> listeners see the new values at once. Every listener is
    /// told even if one throws (e.g. options that no longer validate); what they threw is returned, not thrown.
    /// </summary>
    public static IReadOnlyList<Exception> Reload(IConfiguration configuration)
    {
        var problems = new List<Exception>();
        foreach (var provider in Providers(configuration))
        {
            try { provider.Reload(); }
            catch (AggregateException ex) { problems.AddRange(ex.Flatten().InnerExceptions); }
            catch (Exception ex) { problems.Add(ex); }
        }
        return problems;
    }

    /// <summary>Whether staff have overridden <paramref name="key"/>.</summary>
    public static bool IsOverridden(IConfiguration configuration, string key) => Providers(configuration).Any(p => p.TryGet(key, out _));

    /// <summary>The value <paramref name="key"/> would have without staff changes (appsettings.json, environment, command line).</summary>
    public static string? BaseValue(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root) return configuration[key];
        foreach (var provider in root.Providers.Reverse())
            if (provider is not SettingsConfigurationProvider && provider.TryGet(key, out var value)) return value;
        return null;
    }
}
