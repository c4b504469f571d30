package cn.nianbao.frontend.template;

import java.io.Serializable;

import com.vaadin.flow.component.Component;

/**
 * Puts an input into every cell of the template tables in place of the printed number: the manual entry form is the
 * same grids as the read-only page, so its columns line up with it.
 */
@FunctionalInterface
public interface CellEditor extends Serializable {

    /** The input for the cell at {@code path} ({@code requests.granted.total}), holding {@code cell} as stored. */
    Component field(String path, Cell cell);
}
