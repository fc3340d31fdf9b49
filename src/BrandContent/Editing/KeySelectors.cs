using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace BrandContent.Editing;

/// <summary>
/// Builds queries around a key a descriptor names as an expression (<c>s =&gt; s.BrandId</c>), so generic code filters
/// and projects on that column in SQL without naming it as a string.
/// </summary>
public static class KeySelectors
{
    /// <summary><paramref name="use"/> with its second parameter replaced by the key of its first.</summary>
    public static Expression<Func<T, TResult>> With<T, TKey, TResult>(this Expression<Func<T, TKey>> key, Expression<Func<T, TKey, TResult>> use)
    {
        var row = use.Parameters[0];
        var keyOfRow = ReplacingExpressionVisitor.Replace(key.Parameters[0], row, key.Body);
        return Expression.Lambda<Func<T, TResult>>(ReplacingExpressionVisitor.Replace(use.Parameters[1], keyOfRow, use.Body), row);
    }

    /// <summary>The name of the property a key selector reads (<c>StoryId</c> for <c>v =&gt; v.StoryId</c>).</summary>
    public static string PropertyName<T, TKey>(this Expression<Func<T, TKey>> key) =>
        (key.Body as MemberExpression)?.Member.Name ?? throw new ArgumentException($"{key} does not read a property.", nameof(key));
}
