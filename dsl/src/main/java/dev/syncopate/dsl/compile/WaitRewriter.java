package dev.syncopate.dsl.compile;

import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Turns the block setting {@code wait 10.seconds} into a call of {@code syncopateWait}. Inside a closure,
 * Groovy tries the closure object's own methods before its delegate's, and every object has
 * {@link Object#wait(long)}: {@code wait 5} would otherwise end in "current thread is not owner". Only
 * calls on the implicit {@code this} are rewritten; {@code lock.wait()} is left alone.
 *
 * <pre>{@code
 * sync { from 'a'; to 'b'; wait 10.seconds }   // compiled as syncopateWait(10.seconds)
 * }</pre>
 */
final class WaitRewriter extends CompilationCustomizer {
    /** The method {@code wait(...)} becomes; the DSL classes define it. */
    static final String TARGET = "syncopateWait";

    WaitRewriter() {
        super(CompilePhase.SEMANTIC_ANALYSIS);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ClassCodeExpressionTransformer t = new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public Expression transform(Expression e) {
                if (e instanceof ClosureExpression c) {
                    c.getCode().visit(this);
                    return c;
                }
                if (e instanceof MethodCallExpression m && m.isImplicitThis() && "wait".equals(m.getMethodAsString())) {
                    MethodCallExpression call = new MethodCallExpression(transform(m.getObjectExpression()), TARGET,
                            transform(m.getArguments()));
                    call.setImplicitThis(true);
                    call.setSourcePosition(m);
                    return call;
                }
                return e == null ? null : e.transformExpression(this);
            }
        };
        for (MethodNode method : classNode.getMethods()) {
            if (method.getCode() != null) {
                t.visitMethod(method);
            }
        }
    }
}
