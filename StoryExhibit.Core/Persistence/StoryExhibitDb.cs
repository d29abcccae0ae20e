using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Profiles;
using StoryExhibit.Core.Settings;
using StoryExhibit.Core.Staff;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Persistence;

/// <summary>The exhibit's SQLite database: one file, WAL journal, migrated at start.</summary>
public sealed class StoryExhibitDb(DbContextOptions<StoryExhibitDb> options) : DbContext(options)
{
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Scene> Scenes => Set<Scene>();
    public DbSet<Choice> Choices => Set<Choice>();
    public DbSet<NarrationClip> NarrationClips => Set<NarrationClip>();
    public DbSet<SettingOverride> SettingOverrides => Set<SettingOverride>();
    public DbSet<Illustration> Illustrations => Set<Illustration>();
    public DbSet<CanvasDefinition> Canvases => Set<CanvasDefinition>();
    public DbSet<SettingChange> SettingChanges => Set<SettingChange>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();
    public DbSet<ExhibitEvent> Events => Set<ExhibitEvent>();
    public DbSet<VisitorFeedback> Feedback => Set<VisitorFeedback>();
    public DbSet<ProviderCall> ProviderCalls => Set<ProviderCall>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<VisitorProfile> Profiles => Set<VisitorProfile>();
    public DbSet<ProfileStory> ProfileStories => Set<ProfileStory>();
    public DbSet<JobRecord> Jobs => Set<JobRecord>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Story>(story =>
        {
            story.HasIndex(s => s.SessionCode).IsUnique();
            story.Property(s => s.SessionCode).HasMaxLength(SessionCodes.MaxLength);
            story.Property(s => s.Title).HasMaxLength(200);
            story.HasMany(s => s.Scenes).WithOne().HasForeignKey(s => s.StoryId).OnDelete(DeleteBehavior.Cascade);
            story.OwnsOne(s => s.Seed, seed =>
            {
                seed.Property(s => s.Prompt).HasMaxLength(StoryLimits.PromptMax);
                seed.Property(s => s.Genre).HasMaxLength(60);
                seed.Property(s => s.Characters).HasConversion(
                    list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
                    json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
                    new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList()));
                seed.Property(s => s.Audience).HasConversion<string>().HasMaxLength(20);
                seed.Property(s => s.Rating).HasConversion<string>().HasMaxLength(20);
                seed.Property(s => s.Ending).HasConversion<string>().HasMaxLength(20);
                seed.Property(s => s.ArtStyle).HasConversion<string>().HasMaxLength(20);
            });
        });
        model.Entity<Scene>(scene =>
        {
            scene.HasIndex(s => new { s.StoryId, s.ParentId });
            scene.HasIndex(s => s.ViaChoiceId); // looked up at every choice
            scene.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            scene.HasMany(s => s.Choices).WithOne().HasForeignKey(c => c.SceneId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Choice>(choice => choice.Property(c => c.Text).HasMaxLength(StoryLimits.ChoiceMax));
        model.Entity<NarrationClip>(clip =>
        {
            clip.HasIndex(c => new { c.SceneId, c.VoiceKey, c.Index });
            clip.HasOne<Scene>().WithMany().HasForeignKey(c => c.SceneId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SettingOverride>(setting => setting.HasKey(s => s.Key));
        model.Entity<SettingChange>(change => change.HasIndex(c => c.ChangedUtc));
        model.Entity<Illustration>(picture =>
        {
            picture.HasIndex(p => p.SceneId);
            picture.HasIndex(p => p.StoryId);
            picture.HasIndex(p => p.State);
            picture.Property(p => p.Style).HasConversion<string>().HasMaxLength(20);
            picture.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            picture.HasOne<Scene>().WithMany().HasForeignKey(p => p.SceneId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CanvasDefinition>(canvas =>
        {
            canvas.HasKey(c => c.Slug);
            canvas.Property(c => c.Slug).HasMaxLength(40);
            canvas.Property(c => c.Title).HasMaxLength(80);
            canvas.Property(c => c.Prompt).HasMaxLength(StoryLimits.PromptMax);
            canvas.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
            canvas.Property(c => c.Style).HasConversion<string>().HasMaxLength(20);
        });
            model.Entity<StaffAccount>(account =>
        {
            account.HasIndex(a => a.UserName).IsUnique();
            account.Property(a => a.UserName).HasMaxLength(64);
            account.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<ExhibitEvent>(e =>
        {
            e.HasIndex(x => x.OccurredUtc);
            e.HasIndex(x => x.SessionCode);
            // A story's events are counted for its progress and badges, and erased with it, in a table that grows all day.
            e.HasIndex(x => new { x.StoryId, x.Kind });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.SessionCode).HasMaxLength(SessionCodes.MaxLength);
            e.Property(x => x.Detail).HasMaxLength(80);
            e.Property(x => x.VisitorId).HasMaxLength(16);
        });
        model.Entity<VisitorFeedback>(f =>
        {
            f.HasIndex(x => x.CreatedUtc);
            f.HasIndex(x => x.SessionCode);
            f.Property(x => x.SessionCode).HasMaxLength(SessionCodes.MaxLength);
            f.Property(x => x.Comment).HasMaxLength(FeedbackLimits.CommentMax);
            f.Property(x => x.SentimentSource).HasMaxLength(80);
            f.Property(x => x.Theme).HasMaxLength(40);
        });
        model.Entity<ProviderCall>(call =>
        {
            call.HasIndex(c => c.OccurredUtc);
            call.Property(c => c.Service).HasConversion<string>().HasMaxLength(20);
            call.Property(c => c.Provider).HasMaxLength(40);
            call.Property(c => c.Error).HasMaxLength(80);
            call.Property(c => c.UnitKind).HasMaxLength(20);
            // SQLite has no decimal: stored as REAL so sums and comparisons run in the database.
            call.Property(c => c.EstimatedCost).HasConversion<double>();
        });
        model.Entity<ConsentRecord>(consent =>
        {
            consent.HasIndex(c => c.SessionCode);
            consent.Property(c => c.Purpose).HasMaxLength(20);
            consent.Property(c => c.PolicyVersion).HasMaxLength(20);
            consent.Property(c => c.SessionCode).HasMaxLength(SessionCodes.MaxLength);
        });
        model.Entity<VisitorProfile>(profile =>
        {
            profile.HasIndex(p => p.Code).IsUnique();
            profile.Property(p => p.Code).HasMaxLength(SessionCodes.MaxLength);
            profile.Property(p => p.Name).HasMaxLength(ProfileStore.NameMax);
            profile.Property(p => p.Avatar).HasMaxLength(20);
            profile.Property(p => p.Audience).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.Genres).HasMaxLength(400).HasConversion(
                list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList()));
        });
        model.Entity<ProfileStory>(filed =>
        {
            filed.HasKey(p => new { p.ProfileId, p.StoryId });
            filed.HasIndex(p => p.StoryId).IsUnique();
            filed.HasOne<VisitorProfile>().WithMany().HasForeignKey(p => p.ProfileId).OnDelete(DeleteBehavior.Cascade);
            filed.HasOne<Story>().WithMany().HasForeignKey(p => p.StoryId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<JobRecord>(job =>
        {
            job.HasIndex(j => new { j.State, j.CreatedUtc });
            job.HasIndex(j => new { j.OwnerKind, j.OwnerId });
            job.HasIndex(j => j.StoryId);
            job.Property(j => j.Kind).HasMaxLength(JobRecord.KindMax);
            job.Property(j => j.OwnerKind).HasConversion<string>().HasMaxLength(20);
            job.Property(j => j.OwnerId).HasMaxLength(JobRecord.OwnerIdMax);
            job.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
            job.Property(j => j.ProgressText).HasMaxLength(JobRecord.ProgressTextMax);
            job.Property(j => j.Error).HasMaxLength(JobRecord.ErrorMax);
        });
        model.Entity<ApiKey>(key =>
        {
            key.HasIndex(k => k.Prefix).IsUnique();
            key.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
            key.Property(k => k.Name).HasMaxLength(ApiKey.NameMax);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.Property(k => k.CreatedBy).HasMaxLength(64);
        });
    }
}
