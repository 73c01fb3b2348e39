package dev.syncopate.dsl;

import groovy.lang.GroovyObject;
import groovy.lang.MetaClass;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The delegate of a DSL closure ({@code sync { }}, hooks): its own words first, then the script's, then
 * a clear error. Groovy already tries the script's real methods before calling {@link #methodMissing};
 * what reaches it is a script closure held in a variable, a block written inside another closure
 * ({@code ['a', 'b'].each { n -> sync { ... } }}), a misused word, or a typo. Each is resolved on the
 * closure's owner chain, and only a name that nobody there knows becomes an error.
 *
 * <pre>{@code
 * def target(s) { "/mnt/nas/$s" }
 * sync { from '/srv/docs'; to target('docs') }     // 'target' falls back to the script
 * sync { from '/srv/docs'; exlcude files: ['*.tmp'] }
 * // nightly.sync.groovy:3: unknown setting 'exlcude' in sync block (did you mean 'exclude'?)
 * }</pre>
 *
 * <p>{@code println} is forwarded to the script's output, not Groovy's {@code System.out} default.
 */
public abstract class DslDelegate implements GroovyObject {
    final ScriptContext dslContext;
    final Object dslFallback;
    private transient MetaClass metaClass;

    DslDelegate(ScriptContext context, Object fallback) {
        this.dslContext = context;
        this.dslFallback = fallback;
        this.metaClass = InvokerHelper.getMetaClass(getClass());
    }

    /** True when {@code name} is a word of this delegate's vocabulary. */
    abstract boolean owns(String name);

    /**
     * The error for a word of this delegate used with arguments it does not take, or, when
     * {@code property}, used as a value ({@code mirror} without parentheses).
     */
    abstract RuntimeException misused(String name, boolean property);

    /** The error for a name that neither this delegate nor the script knows. */
    abstract RuntimeException unknown(String name, boolean property, RuntimeException cause);

    /** Groovy calls this when no method of this class fits; see the class comment. */
    public Object methodMissing(String name, Object args) {
        Object[] a = args instanceof Object[] array ? array : new Object[] {args};
        if (owns(name)) {
            throw misused(name, false);
        }
        try {
            return InvokerHelper.invokeMethod(dslFallback, name, a);
        } catch (MissingMethodException e) {
            if (!name.equals(e.getMethod())) {
                throw e;   // a different name, missing deeper inside the script's own method
            }
            throw unknown(name, false, e);
        }
    }

    /** Groovy calls this for a name that is no property of this class. */
    public Object propertyMissing(String name) {
        if (owns(name)) {
            throw misused(name, true);
        }
        try {
            return InvokerHelper.getProperty(dslFallback, name);
        } catch (MissingPropertyException e) {
            if (!name.equals(e.getProperty())) {
                throw e;
            }
            throw unknown(name, true, e);
        }
    }

    @Override
    public Object invokeMethod(String name, Object args) {
        return getMetaClass().invokeMethod(this, name, args);
    }

    @Override
    public Object getProperty(String name) {
        return getMetaClass().getProperty(this, name);
    }

    /** {@code threads = 4} means {@code threads 4}; other assignments go to the script. */
    @Override
    public void setProperty(String name, Object value) {
        if (owns(name)) {
            invokeMethod(name, new Object[] {value});
            return;
        }
        InvokerHelper.setProperty(dslFallback, name, value);
    }

    @Override
    public MetaClass getMetaClass() {
        return metaClass;
    }

    @Override
    public void setMetaClass(MetaClass metaClass) {
        this.metaClass = metaClass;
    }

    public void println() {
        dslContext.out().println();
    }

    public void println(Object value) {
        dslContext.out().println(ScriptErrors.text(value));
    }

    public void print(Object value) {
        dslContext.out().print(ScriptErrors.text(value));
    }

    public void printf(String format, Object... values) {
        dslContext.out().printf(format, values);
    }
}
