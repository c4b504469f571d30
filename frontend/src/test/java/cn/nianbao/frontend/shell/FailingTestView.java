package cn.nianbao.frontend.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails while being built, to see what the user gets then. Test only. */
@Route("failing-test-view")
@PermitAll
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("boom: a bug in a view");
    }
}
