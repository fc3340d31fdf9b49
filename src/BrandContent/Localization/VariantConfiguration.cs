using System.Linq.Expressions;
using BrandContent.Auditing;
using BrandContent.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Localization;

/// <summary>The columns every variant table shares, configured once.</summary>
public static class VariantConfiguration
{
    public static void ConfigureVariant<TVariant>(this EntityTypeBuilder<TVariant> builder, Expression<Func<TVariant, Guid>> ownerKey)
        where TVariant : Variant
    {
        builder.HasKey(v => v.Id);
        builder.Ignore(v => v.OwnerId);
        builder.Property(v => v.Locale).HasMaxLength(LocaleTag.MaxLength).IsRequired();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Locale>().WithMany().HasForeignKey(v => v.Locale).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.UpdatedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasIndex(ownerKey.PropertyName(), nameof(Variant.Locale), nameof(Variant.IsLive)).IsUnique();
        builder.HasIndex(v => new { v.IsLive, v.Locale });
    }
}
