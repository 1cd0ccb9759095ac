/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mappable Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item that a mapping link may point from or to: a module, unit, outcome, criterion, standard, element...
 * <!-- end-model-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getMappableItem()
 * @model abstract="true"
 * @generated
 */
public interface MappableItem extends NamedElement {
} // MappableItem
