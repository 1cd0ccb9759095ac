/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Requirement Item</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getRequirementItem()
 * @model
 * @generated
 */
public interface RequirementItem extends MappableItem {
} // RequirementItem
